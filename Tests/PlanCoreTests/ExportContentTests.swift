import Foundation
import PlanCore
import SQLiteDB
import TestSupport
import Testing

/// Every published form of a snapshot carries the same texts, and none carries an attack on
/// to the program that opens it.
extension SnapshotTests {
    /// Records texts that try to break out of each format.
    func recordHostileTexts() throws {
        _ = try recorder.recordIndicator("6-7-I1", year: 2023, value: "95.10", as: "税務課")
        _ = try recorder.recordInitiative(
            "6-7-1-1-1", year: 2023, grade: "B", next: "継続", result: "実績 | 表を<script>x()</script>壊す", challenge: "課題\n改行 [link](javascript:x) *強調*",
            as: "財政課")
        _ = try recorder.recordInitiative("6-7-1-1-2", year: 2023, grade: "A", next: nil, result: "=HYPERLINK(\"http://x\")", challenge: "-1+2", as: "財政課")
        _ = try recorder.recordPolicy("6-7", year: 2023, grade: "B", comment: "<img src=x onerror=alert(1)>", stage: .first, as: "財政課")
        _ = try recorder.recordPolicy("6-7", year: 2023, grade: "C", comment: "二次 | コメント", stage: .second, as: "総務課")
    }

    /// Every text of the frozen content that a reader must see, each with where it comes from.
    func frozenTexts(_ document: SnapshotDocument) -> [(what: String, text: String)] {
        var texts: [(String, String)] = [("note", document.info.note ?? "")]
        for policy in document.policies {
            texts += [("\(policy.code) title", policy.title), ("\(policy.code) lead", policy.leadDept), ("\(policy.code) vision", policy.vision)]
            texts += [("\(policy.code) 一次", policy.firstGrade), ("\(policy.code) 一次 comment", policy.firstComment),
                      ("\(policy.code) 二次", policy.secondGrade), ("\(policy.code) 二次 comment", policy.secondComment)].compactMap { what, text in text.map { (what, $0) } }
            for indicator in policy.indicators {
                texts += [("\(indicator.code) code", indicator.code), ("\(indicator.code) name", indicator.name),
                          ("\(indicator.code) source", indicator.sourceDept), ("\(indicator.code) baseline", indicator.baselineText)]
                texts += indicator.targets.map { ("\(indicator.code) target \($0.year)", $0.text) }
                if let value = indicator.valueText { texts += [("\(indicator.code) value", value), ("\(indicator.code) unit", indicator.unit)] }
            }
            for initiative in policy.initiatives {
                texts += [("\(initiative.code) code", initiative.code), ("\(initiative.code) title", initiative.title),
                          ("\(initiative.code) direction", initiative.directionTitle)]
                texts += [("\(initiative.code) grade", initiative.grade), ("\(initiative.code) next", initiative.nextDirection),
                          ("\(initiative.code) result", initiative.result), ("\(initiative.code) challenge", initiative.challenge)]
                    .compactMap { what, text in text.map { (what, $0) } }
            }
        }
        return texts
    }

    @Test func everyFormatCarriesEveryFrozenText() throws {
        try recordHostileTexts()
        let info = try snapshots.create(year: 2023, as: "総務課", note: "公表 | <版>", allowIncomplete: true)
        let document = try SnapshotDocument.load(store, plan: plan, snapshot: info)
        let html = try document.export(.html)
        let markdown = try document.export(.markdown)
        let csvCells = Set(try csvCells(document.export(.csv)))
        let json = try JSONSerialization.jsonObject(with: Data(document.export(.json).utf8))
        let jsonTexts = Set(strings(in: json))
        for (what, text) in frozenTexts(document) {
            #expect(html.contains(htmlEscaped(text)), "html lacks \(what): \(text)")
            #expect(markdown.contains(SnapshotDocument.markdownText(text)), "markdown lacks \(what): \(text)")
            #expect(csvCells.contains { $0.contains(text) || $0 == "'" + text }, "csv lacks \(what): \(text)")
            #expect(jsonTexts.contains { $0.contains(text) }, "json lacks \(what): \(text)")
        }
    }

    @Test func markdownEscapesHTMLAndTableSyntax() throws {
        try recordHostileTexts()
        let info = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let markdown = try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.markdown)
        #expect(!markdown.contains("<script") && !markdown.contains("<img"))
        #expect(markdown.contains("| B | 継続 | 実績 \\| 表を&lt;script&gt;x()&lt;/script&gt;壊す | 課題<br>改行 \\[link\\](javascript:x) \\*強調\\* |\n"))
        #expect(markdown.contains("- 一次評価（財政課）: B &lt;img src=x onerror=alert(1)&gt;\n"))
        #expect(markdown.contains("- 二次評価（総務課）: C 二次 \\| コメント\n"))
        // Every table row has as many cells as its header.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect([7, 8, 10].contains(cells), "\(line)")
        }
    }

    @Test func theCSVExportNeutralisesFormulasAndKeepsNumbers() throws {
        try recordHostileTexts()
        let info = try snapshots.create(year: 2023, as: "総務課", note: nil, allowIncomplete: true)
        let csv = try SnapshotDocument.load(store, plan: plan, snapshot: info).export(.csv)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'-1+2,\r\n"))
        #expect(csv.contains(",95.10,達成,66.7,"))
    }

    @Test func aPlainNumberCellStaysANumber() {
        let text = RowWriter.render(
            format: .csv, columns: ["a"], rows: [[.text("-0.5")], [.text("-12")], [.text("-0.5+1")], [.text("+5")]],
            options: OutputOptions(neutralizeFormulas: true))
        #expect(text == "a\r\n-0.5\r\n-12\r\n'-0.5+1\r\n'+5\r\n")
    }

    func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    func csvCells(_ text: String) throws -> [String] {
        try CSVReader.records(String(text.drop { $0 == "\u{FEFF}" })).flatMap(\.fields)
    }

    func strings(in json: Any) -> [String] {
        switch json {
        case let text as String: return [text]
        case let array as [Any]: return array.flatMap(strings)
        case let object as [String: Any]: return object.values.flatMap(strings)
        default: return []
        }
    }
}
