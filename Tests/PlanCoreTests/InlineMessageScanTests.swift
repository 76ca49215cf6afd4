import Foundation
import Testing

/// Every sentence a person reads comes from the catalog (Sources/PlanCore/Messages). This scan
/// reads the sources as text and fails on a string literal handed straight to a place that
/// shows it to a person, and on Japanese text written outside the catalog, except in the files
/// listed below, which hold data or documents that are Japanese by design.
@Suite struct InlineMessageScanTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Files allowed to hold Japanese literals, and why.
    static let japaneseByDesign: [String: String] = [
        "Sources/PlanCore/Workbook/WorkbookText.swift": "the 評価シート's own text: the workbook is Japanese always (DESIGN.md)",
        "Sources/PlanCore/Workbook/PlanWorkbookText.swift": "the plan workbook's sheet names, headers and instructions: its file format (DESIGN.md)",
        "Sources/PlanCore/Snapshot/SnapshotHTML.swift": "the 評価結果報告書's labels: the report is Japanese always",
        "Sources/PlanCore/Snapshot/SnapshotExport.swift": "the report's labels in Markdown, CSV and JSON: Japanese always",
        "Sources/PlanCore/Snapshot/SnapshotDocument.swift": "the report's row labels (施策, 指標, 取組): Japanese always",
        "Sources/PlanCore/Snapshot/SnapshotMarkdown.swift": "the report's labels in Markdown: Japanese always",
        "Sources/PlanCore/Snapshot/SnapshotSource.swift": "the report's title and stamp, in every format: Japanese always",
        "Sources/PlanCore/Browse/PlanText.swift": "the plan's own printed labels (主担当課, 関係課, 5年後の目指す姿)",
        "Sources/PlanCore/Entry/EntryTemplate.swift": "the entry sheet's column headers: the file format the import reads back",
        "Sources/PlanCore/Snapshot/SnapshotOpenData.swift": "the open data's item names and definitions: Japanese always (自治体標準オープンデータセット)",
        "Sources/PlanCore/Projects/FinanceColumns.swift": "the finance system's column headers: the file formats project and budget import read",
        "Sources/PlanCore/Seeds/PolicyReader.swift": "the seed format's vocabulary (体制・計画・実行・見直し)",
        "Sources/PlanCore/Seeds/SeedReader.swift": "the seed format's vocabulary",
        "Sources/PlanCore/Seeds/SeedModel.swift": "the seed format's vocabulary",
        "Sources/PlanCore/Workbook/SpreadsheetChanges.swift": "date forms a Japanese spreadsheet writes (6月7日), read back",
        "Sources/PlanCore/Workbook/EntrySheetFormat.swift": "the workbook's sheet names, read back",
        "Sources/PlanCore/Workbook/EntryWorkbookReader.swift": "the workbook's sheet names, read back",
        "Sources/PlanCore/Report/PeriodReportHTML.swift": "the report's chart legend",
        "Sources/PlanCore/Evaluation/Recorder.swift": "the stage vocabulary 一次・二次 stored in the database",
        "Sources/PlanCore/Submission/Submissions.swift": "the state vocabulary 未提出・提出済・差し戻し of v_submissions",
        "Sources/PlanServer/Pages/PageTemplates.swift": "the pages' own text: the pages are Japanese always (DESIGN.md)",
        "Sources/PlanServer/Pages/CycleTemplates.swift": "the pages' own text for the yearly cycle: Japanese always (DESIGN.md)",
    ]

    /// Places whose argument a person reads: a literal there is a sentence written inline.
    static let speakingCalls = [
        "PlanError(\"", "Console.line(\"", "Console.err(\"", "Console.warn(\"", "Console.out(\"", "ValidationError(\"",
        "abstract: \"", "discussion: \"", "help: \"", "ArgumentHelp(\"", "print(\"", "Message(\"",
    ]

    static func sources() throws -> [(path: String, lines: [Substring])] {
        var result: [(String, [Substring])] = []
        for folder in ["Sources/PlanCore", "Sources/plandb", "Sources/PlanServer"] {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "swift" {
                let relative = folder + url.path.dropFirst(base.path.count)
                if relative.hasPrefix("Sources/PlanCore/Messages/") { continue }
                let text = try String(contentsOf: url, encoding: .utf8)
                result.append((relative, text.split(separator: "\n", omittingEmptySubsequences: false)))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// The text of a string literal up to its closing quote.
    static func literal(from text: Substring) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if character == "\"", !escaped { break }
            escaped = character == "\\" && !escaped
            result.append(character)
        }
        return result
    }

    /// True when the literal has words of its own, not only values (`\(x)`) and punctuation.
    static func hasWords(_ literal: String) -> Bool {
        literal.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "", options: .regularExpression).contains(where: \.isLetter)
    }

    static func isComment(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("//") || trimmed.hasPrefix("*") || trimmed.hasPrefix("/*")
    }

    @Test func noSentenceIsHandedInlineToWhatAPersonReads() throws {
        var found: [String] = []
        for (path, lines) in try Self.sources() {
            for (index, line) in lines.enumerated() where !Self.isComment(line) {
                for call in Self.speakingCalls {
                    guard let start = line.range(of: call)?.upperBound else { continue }
                    if Self.hasWords(Self.literal(from: line[start...])) { found.append("\(path):\(index + 1): \(call)…") }
                }
            }
        }
        #expect(found.isEmpty, "write these through a catalog entry:\n\(found.joined(separator: "\n"))")
    }

    @Test func japaneseTextLivesInTheCatalog() throws {
        var found: [String] = []
        for (path, lines) in try Self.sources() where Self.japaneseByDesign[path] == nil {
            for (index, line) in lines.enumerated() where !Self.isComment(line) {
                let kana = line.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }
                if kana, line.contains("\"") { found.append("\(path):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))") }
            }
        }
        #expect(found.isEmpty, "Japanese text outside the catalog:\n\(found.joined(separator: "\n"))")
    }
}
