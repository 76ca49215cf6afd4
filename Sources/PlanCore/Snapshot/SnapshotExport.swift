import SQLiteDB

/// The published forms of a snapshot.
public enum SnapshotExportFormat: String, CaseIterable, Sendable {
    case html, markdown, csv, json, xlsx
    /// The 自治体標準オープンデータセット form: a folder of CSV files (`SnapshotOpenData`).
    case opendata
}

/// A stored snapshot published in one format, written as its rows are read (SnapshotStream), so
/// that a snapshot of any size needs the same memory. The command line and the server's report
/// page both come here, so the file and the page are the same report.
public struct SnapshotExport {
    let store: PlanDatabase
    let stream: SnapshotStream

    public init(_ store: PlanDatabase, plan: PlanRef, snapshot: SnapshotInfo) throws {
        self.store = store
        stream = try SnapshotStream(store, plan: plan, snapshot: snapshot)
    }

    /// Writes the snapshot as text, piece by piece; only the HTML report carries the outlook.
    /// The workbook is written to a file with `writeWorkbook(to:)`.
    public func write(_ format: SnapshotExportFormat, to write: @escaping (String) -> Void) throws {
        var source = stream
        if format == .html { source.outlook = try SnapshotOutlook.policyLines(store, snapshot: stream.info, plan: stream.plan) }
        try Self.write(format, from: source, to: write)
    }

    /// The snapshot as one text (the server's page).
    public func text(_ format: SnapshotExportFormat) throws -> String {
        var text = ""
        try write(format) { text += $0 }
        return text
    }

    /// Writes the workbook to `path`, row by row.
    public func writeWorkbook(to path: String) throws {
        try SnapshotWorkbook(source: stream, path: path).write()
    }

    static func write(_ format: SnapshotExportFormat, from source: some SnapshotSource, to write: @escaping (String) -> Void) throws {
        switch format {
        case .html: try SnapshotHTMLWriter(source: source, write: write).render()
        case .markdown: try SnapshotMarkdown(source: source, write: write).render()
        case .csv: try SnapshotCSV(source: source, write: write).render()
        case .json: try SnapshotJSON(source: source, write: write).render()
        case .xlsx:
            throw PlanError(.workbookToStandardOutput, advice: .workbookToStandardOutputAdvice(
                "plandb snapshot export \(source.info.fiscalYear) --format xlsx --out 評価結果報告書.xlsx"))
        case .opendata:
            throw PlanError(.openDataNeedsFolder, advice: .openDataNeedsFolderAdvice(source.info.fiscalYear))
        }
    }
}

extension SnapshotDocument {
    /// The snapshot as text, from the loaded document; the workbook is written with `writeWorkbook(to:)`.
    public func export(_ format: SnapshotExportFormat) throws -> String {
        var text = ""
        try SnapshotExport.write(format, from: self) { text += $0 }
        return text
    }

    /// Text made inert for Markdown: HTML is escaped (a renderer would run `<script>`), the
    /// characters of Markdown syntax (links, emphasis, code, tables) are backslash-escaped and
    /// line breaks become `<br>`, so that a text stays inside its table cell or line.
    public static func markdownText(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for character in text.unicodeScalars {
            defer { previousWasCR = character == "\r" }
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n" where previousWasCR: continue
            case "\r", "\n", "\u{2028}", "\u{2029}": out += "<br>"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!": out += "\\" + String(character)
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Every printed target of an indicator, as the plan prints them: `2025 550、2027 540`.
    static func targetsText(_ indicator: Indicator) -> String {
        // Grown as bytes and made a String once: a string per target joined afterwards was a
        // sixteenth of a CSV export, and a String append per piece still a twentieth.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(indicator.targets.count * 24)
        for (index, target) in indicator.targets.enumerated() {
            if index > 0 { bytes.append(contentsOf: "、".utf8) }
            appendDecimal(target.year, to: &bytes)
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: target.text.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The decimal digits of `number`, as String(number) spells them, without making the String:
/// appended from the last (a division by the constant 10 is a multiplication), then put in order.
private func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    var low = bytes.count
    var rest = number.magnitude
    repeat {
        bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
        rest /= 10
    } while rest > 0
    var high = bytes.count - 1
    while low < high {
        bytes.swapAt(low, high)
        low += 1
        high -= 1
    }
}

/// A policy's figures for the summary page.
struct PolicySummary {
    let achieved: Int
    let measured: Int
    let grades: [String: Int]
    let unrated: Int

    init(achieved: Int, measured: Int, grades: [String: Int], unrated: Int) {
        self.achieved = achieved
        self.measured = measured
        self.grades = grades
        self.unrated = unrated
    }

    init(_ policy: SnapshotDocument.Policy) {
        achieved = policy.indicators.filter { $0.achieved == true }.count
        measured = policy.indicators.filter { $0.achieved != nil }.count
        var grades: [String: Int] = [:]
        // A reprint （再掲） is counted where it is first printed, not again here.
        let evaluated = policy.initiatives.filter { !$0.isReprint }
        for initiative in evaluated { if let grade = initiative.grade { grades[grade, default: 0] += 1 } }
        self.grades = grades
        unrated = evaluated.filter { $0.grade == nil }.count
    }

    var achievedLabel: String { measured == 0 ? "—" : "\(achieved)/\(measured)" }
    /// `3/2/0/0/1`: the count of each of the plan's grades in its order, then the unrated.
    func gradeLabel(_ plan: PlanRef) -> String { plan.gradeOrder(grades).map { String(grades[$0] ?? 0) }.joined(separator: "/") + "/\(unrated)" }
}
