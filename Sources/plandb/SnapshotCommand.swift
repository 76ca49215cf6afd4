import ArgumentParser
import Foundation
import PlanCore

extension SnapshotExportFormat: ExpressibleByArgument {}

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Freeze a fiscal year's evaluation, compare years, publish the report.",
        subcommands: [Create.self, List.self, Show.self, Diff.self, Export.self, Reopen.self])

    static func open(_ global: GlobalOptions, access: PlanDatabase.Access) throws -> (PlanDatabase, Snapshots, PlanRef) {
        let (store, plan) = try global.openPlan(access)
        return (store, Snapshots(store, plan: plan), plan)
    }

    /// `2023` (the latest version) or `2023:2` (version 2).
    static func reference(_ text: String) throws -> (year: Int, version: Int?) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let year = try FiscalYear.parse(parts[0])
        guard parts.count == 2 else { return (year, nil) }
        guard let version = Int(parts[1]), version > 0 else {
            throw PlanError("`\(text)` is not a snapshot", advice: "write YEAR or YEAR:VERSION, e.g. 2023 or 2023:2")
        }
        return (year, version)
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Freeze a fiscal year (coordinator only): copy its evaluation, hash it, lock the year.")
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp("The fiscal year.", valueName: "year")) var year: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The coordinating department.", valueName: "dept")) var dept: String
        @Option(name: .long, help: "A note kept with the snapshot.") var note: String?
        @Flag(name: .long, help: "Freeze even though entries are missing.") var allowIncomplete = false

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .write)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let info = try snapshots.create(year: try FiscalYear.parse(year), as: dept, note: note, allowIncomplete: allowIncomplete)
            if info.missing > 0 { Console.err("warning: \(info.missing) entries were missing; the snapshot records that") }
            Console.line("froze \(FiscalYear.label(info.fiscalYear)) as version \(info.version) (SHA-256 \(info.sha256)); the year is now locked")
            Console.line("next: `plandb snapshot export \(info.fiscalYear) --format html --out report.html`")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every snapshot with its version and hash.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let (_, snapshots, _) = try SnapshotCommand.open(global, access: .read)
            Console.rows(["fiscal_year", "version", "created_at", "created_by", "missing", "sha256", "note"], try snapshots.list().map {
                [.integer(Int64($0.fiscalYear)), .integer(Int64($0.version)), .text($0.createdAt), .text($0.createdBy), .integer(Int64($0.missing)),
                 .text($0.sha256), $0.note.map { .text($0) } ?? .null]
            }, format: output)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A snapshot's content: each policy, indicator and initiative.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: "The fiscal year.") var year: String
        @Option(name: .long, help: "A version other than the latest.") var version: Int?

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .read)
            let info = try snapshots.find(year: try FiscalYear.parse(year), version: version)
            let table = try SnapshotDocument.load(store, plan: plan, snapshot: info).rows()
            if output.format == .table { Console.line("\(FiscalYear.label(info.fiscalYear)) version \(info.version), \(info.createdAt), SHA-256 \(info.sha256)") }
            Console.rows(table.columns, table.rows, format: output)
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What changed between two snapshots: two years (2023 2024) or two versions (2023:1 2023:2).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: "The earlier snapshot: YEAR or YEAR:VERSION.") var first: String
        @Argument(help: "The later snapshot.") var second: String

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .read)
            let a = try SnapshotCommand.reference(first)
            let b = try SnapshotCommand.reference(second)
            let left = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: a.year, version: a.version))
            let right = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: b.year, version: b.version))
            let diff = SnapshotDiff.rows(left, right)
            Console.rows(diff.columns, diff.rows, format: output)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Publish a snapshot: html (the 評価結果報告書), markdown, csv, json or xlsx (a workbook).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The fiscal year.") var year: String
        @Option(name: .long, help: "html, markdown, csv, json or xlsx (needs --out).") var format: SnapshotExportFormat
        @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var out: String?
        @Option(name: .long, help: "A version other than the latest.") var version: Int?

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .read)
            let info = try snapshots.find(year: try FiscalYear.parse(year), version: version)
            let document = try SnapshotDocument.load(store, plan: plan, snapshot: info).withOutlook(store)
            if format == .xlsx, let out {
                try OutputFile(out, database: global.databasePath).write { try document.writeWorkbook(to: $0) }
                return Console.line("wrote \(out) (\(format.rawValue), \(FiscalYear.label(info.fiscalYear)) version \(info.version))")
            }
            let text = try document.export(format)
            guard let out else { return Console.out(text) }
            try OutputFile(out, database: global.databasePath).write(Data(text.utf8))
            Console.line("wrote \(out) (\(format.rawValue), \(FiscalYear.label(info.fiscalYear)) version \(info.version))")
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Unlock a frozen year for corrections (coordinator only); the next create makes a new version.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The fiscal year.") var year: String
        @Option(name: .long, help: "Why the year is reopened (kept in the record).") var reason: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The coordinating department.", valueName: "dept")) var dept: String

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .write)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let fiscalYear = try FiscalYear.parse(year)
            let version = try snapshots.reopen(year: fiscalYear, reason: reason, as: dept)
            Console.line("reopened \(FiscalYear.label(fiscalYear)) (version \(version) stays readable); record the corrections, then `plandb snapshot create --year \(fiscalYear) --as \(dept)` makes version \(version + 1)")
        }
    }
}
