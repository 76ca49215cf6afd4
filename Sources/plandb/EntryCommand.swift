import ArgumentParser
import Foundation
import PlanCore

struct EntryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entry",
        abstract: "The Excel round-trip: a department's entry sheet out, the filled-in sheet back in.",
        subcommands: [Template.self, Import.self])

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the department's entry sheet for a year as CSV (UTF-8 with BOM, opens in Japanese Excel).")

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp("The fiscal year: 2023, 令和5 or R5.", valueName: "year")) var year: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The department.", valueName: "dept")) var dept: String
        @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "file")) var out: String?

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let csv = try EntryTemplate(store, plan: plan).csv(dept: dept, year: try FiscalYear.parse(year))
            if let out {
                try OutputFile(out, database: global.databasePath).write(Data(csv.utf8))
                let rows = csv.split(separator: "\r\n").count - 1
                Console.line("wrote \(out): \(rows) item(s) for \(dept). Fill in 実績値 / 評価 / 今後の方向性 / 実績・コメント / 課題, then run `plandb entry import \(out) --as \(dept)`")
            } else {
                Console.out(csv)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a filled-in entry sheet (UTF-8 or Shift_JIS CSV): all rows or none.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file, as saved by Excel.") var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The department.", valueName: "dept")) var dept: String
        @Flag(name: .long, help: "Check every row and show what would change; change nothing.") var dryRun = false

        func run() throws {
            let (store, plan) = try global.openPlan(.write)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let report = try EntryImport(store, plan: plan).run(file: file, dept: dept, dryRun: dryRun)
            let verb = report.dryRun ? "would record" : "recorded"
            for outcome in report.samples {
                Console.line("\(verb) \(outcome.code) \(outcome.name) \(outcome.fiscalYear): \(outcome.previous.map { "\($0) → " } ?? "")\(outcome.current)")
            }
            if report.changed > report.samples.count { Console.line("… and \(report.changed - report.samples.count) more") }
            Console.line("\(report.dryRun ? "would import" : "imported") \(file) (\(report.encoding.rawValue)): \(report.changed) changed, \(report.unchanged) unchanged, \(report.skipped) left blank" + (report.dryRun ? " (dry run: nothing was written)" : ""))
        }
    }
}
