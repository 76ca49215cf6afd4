import ArgumentParser
import Foundation
import PlanCore
import SQLiteDB

extension SnapshotExportFormat: ExpressibleByArgument {}

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: Message.helpSnapshot.text(),
        subcommands: [Create.self, List.self, Show.self, Diff.self, Export.self, Reopen.self])

    /// The snapshots of the plan that `year` belongs to (or --plan's).
    static func open(_ global: GlobalOptions, access: PlanDatabase.Access, year: String?) throws -> (PlanDatabase, Snapshots, PlanRef) {
        let (store, plan) = try global.openPlan(access, year: try year.map { try Snapshots.reference($0).year })
        return (store, Snapshots(store, plan: plan), plan)
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: Message.helpSnapshotCreate.text())
        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordYear.text(), valueName: "year")) var year: String
        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpSnapshotAs.text(), valueName: "dept")) var dept: String
        @Option(name: .long, help: ArgumentHelp(Message.helpSnapshotNote.text())) var note: String?
        @Flag(name: .long, help: ArgumentHelp(Message.helpSnapshotAllowIncomplete.text())) var allowIncomplete = false

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .write, year: year)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let info = try snapshots.create(year: try FiscalYear.parse(year), as: dept, note: note, allowIncomplete: allowIncomplete)
            if info.missing > 0 { Console.warn(.snapshotMissingWarning(info.missing)) }
            Console.line(.snapshotFroze(info))
            Console.line(.snapshotNext(info.fiscalYear))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpSnapshotList.text())
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            // Every plan's snapshots (or --plan's), each with its plan's code.
            let store = try global.openDatabase(.read)
            let plans = try global.planCode.map { [try PlanRef.choose(store, code: $0)] } ?? PlanRef.all(store)
            let listed = try plans.flatMap { plan in try Snapshots(store, plan: plan).list().map { (plan.code, $0) } }
            Console.rows(["plan_code", "fiscal_year", "version", "created_at", "created_by", "missing", "sha256", "note"], listed.map { planCode, info in
                [Value.text(planCode)] + Self.columns(info, output)
            }, format: output, headings: Message.snapshotListHeadings)
        }

        static func columns(_ info: SnapshotInfo, _ output: FormatOptions) -> [Value] {
            [.integer(Int64(info.fiscalYear)), .integer(Int64(info.version)), output.time(info.createdAt), .text(info.createdBy), .integer(Int64(info.missing)),
             .text(info.sha256), info.note.map { .text($0) } ?? .null]
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Message.helpSnapshotShow.text())
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: ArgumentHelp(Message.helpRecordYear.text())) var year: String
        @Option(name: .long, help: ArgumentHelp(Message.helpSnapshotVersion.text())) var version: Int?

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .read, year: year)
            let info = try snapshots.find(year: try FiscalYear.parse(year), version: version)
            let table = try SnapshotDocument.load(store, plan: plan, snapshot: info).rows()
            if output.format == .table { Console.line(.snapshotShowHeader(info)) }
            Console.rows(table.columns, table.rows, format: output, headings: Message.snapshotShowHeadings)
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "diff", abstract: Message.helpSnapshotDiff.text())
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: ArgumentHelp(Message.helpSnapshotDiffFirst.text())) var first: String
        @Argument(help: ArgumentHelp(Message.helpSnapshotDiffSecond.text())) var second: String

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .read, year: first)
            let a = try Snapshots.reference(first)
            let b = try Snapshots.reference(second)
            let left = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: a.year, version: a.version))
            let right = try SnapshotDocument.load(store, plan: plan, snapshot: try snapshots.find(year: b.year, version: b.version))
            let diff = SnapshotDiff.rows(left, right, forPeople: output.forPeople)
            Console.rows(diff.columns, diff.rows, format: output, headings: SnapshotDiff.headings(left, right))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: Message.helpSnapshotExport.text())
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpRecordYear.text())) var year: String
        @Option(name: .long, help: ArgumentHelp(Message.helpSnapshotExportFormat.text())) var format: SnapshotExportFormat
        @Option(name: .long, help: ArgumentHelp(Message.helpReportOut.text(), valueName: "file")) var out: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpSnapshotVersion.text())) var version: Int?

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .read, year: year)
            let info = try snapshots.find(year: try FiscalYear.parse(year), version: version)
            if format == .opendata, let out {
                let files = try SnapshotOpenData(store, plan: plan, snapshot: info).files()
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                for file in files {
                    try OutputFile((out as NSString).appendingPathComponent(file.name), database: global.databasePath).write(Data(file.text.utf8))
                }
                return Console.line(.openDataWritten(out, files: files.count, info))
            }
            let export = try SnapshotExport(store, plan: plan, snapshot: info)
            if format == .xlsx, let out {
                try OutputFile(out, database: global.databasePath).write { try export.writeWorkbook(to: $0) }
                return Console.line(.snapshotWrote(out, format: format.rawValue, info))
            }
            guard let out else { return try export.write(format, to: Console.out) }
            try OutputFile(out, database: global.databasePath).writeText { try export.write(format, to: $0) }
            Console.line(.snapshotWrote(out, format: format.rawValue, info))
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: Message.helpSnapshotReopen.text())
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpRecordYear.text())) var year: String
        @Option(name: .long, help: ArgumentHelp(Message.helpSnapshotReason.text())) var reason: String
        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpSnapshotAs.text(), valueName: "dept")) var dept: String

        func run() throws {
            let (store, snapshots, plan) = try SnapshotCommand.open(global, access: .write, year: year)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let fiscalYear = try FiscalYear.parse(year)
            let version = try snapshots.reopen(year: fiscalYear, reason: reason, as: dept)
            Console.line(.snapshotReopened(fiscalYear, version: version, dept: dept))
        }
    }
}
