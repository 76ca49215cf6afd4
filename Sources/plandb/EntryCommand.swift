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
            abstract: "Write the department's entry sheet for a year: an Excel workbook (.xlsx) or CSV (UTF-8 with BOM).")

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp("The fiscal year: 2023, 令和5 or R5.", valueName: "year")) var year: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The department.", valueName: "dept")) var dept: String
        @Option(name: .long, help: ArgumentHelp("Write to FILE instead of standard output; FILE.xlsx writes the workbook.", valueName: "file")) var out: String?
        @Option(name: .long, help: ArgumentHelp("xlsx (the workbook) or csv; by default the extension of --out decides.", valueName: "format")) var format: String?

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let dept = try Departments(store, plan: plan).find(self.dept)
            if try EntrySheetFormat.choose(format: format, out: out) == .xlsx, let out {
                let items = try EntryWorkbook(store, plan: plan).write(dept: dept, year: try FiscalYear.parse(year), to: out)
                Console.line("wrote \(out): \(items) item(s) for \(dept). Fill in the yellow cells, then run `plandb entry import \(out) --as \(dept)`")
                return
            }
            let csv = try EntryTemplate(store, plan: plan).csv(dept: dept, year: try FiscalYear.parse(year))
            if let out {
                do {
                    try Data(csv.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw PlanError("cannot write \(out): \(error.localizedDescription)", advice: "check the folder exists and is writable")
                }
                let rows = csv.split(separator: "\r\n").count - 1
                Console.line("wrote \(out): \(rows) item(s) for \(dept). Fill in 実績値 / 評価 / 今後の方向性 / 実績・コメント / 課題, then run `plandb entry import \(out) --as \(dept)`")
            } else {
                Console.out(csv)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a filled-in entry sheet (the .xlsx workbook, or UTF-8 or Shift_JIS CSV): all rows or none.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The workbook or CSV file, as saved by Excel or LibreOffice (told apart by content).") var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The department.", valueName: "dept")) var dept: String
        @Flag(name: .long, help: "Check every row and show what would change; change nothing.") var dryRun = false
        @Flag(name: .long, help: "Record values that look like typos (far off the plan's figures).") var confirm = false

        func run() throws {
            let (store, plan) = try global.openPlan(.write)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let report = try EntryImport(store, plan: plan).run(file: file, dept: dept, dryRun: dryRun, confirmed: confirm)
            let verb = report.dryRun ? "would record" : "recorded"
            for outcome in report.samples {
                Console.line("\(verb) \(outcome.code) \(outcome.name) \(outcome.fiscalYear): \(outcome.summary)")
            }
            if report.changed > report.samples.count { Console.line("… and \(report.changed - report.samples.count) more") }
            Console.line("\(report.dryRun ? "would import" : "imported") \(file) (\(report.form)): \(report.changed) changed, \(report.unchanged) unchanged, \(report.skipped) left blank" + (report.dryRun ? " (dry run: nothing was written)" : ""))
        }
    }
}
