import ArgumentParser
import Foundation
import PlanCore

struct EntryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entry",
        abstract: Message.helpEntry.text(),
        subcommands: [Template.self, Import.self])

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: Message.helpEntryTemplate.text())

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordYear.text(), valueName: "year")) var year: String
        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpEntryDept.text(), valueName: "dept")) var dept: String
        @Option(name: .long, help: ArgumentHelp(Message.helpEntryOut.text(), valueName: "file")) var out: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpEntryFormat.text(), valueName: "format")) var format: String?

        func run() throws {
            let (store, plan) = try global.openPlan(.read, year: try FiscalYear.parse(year))
            let dept = try Departments(store, plan: plan).find(self.dept)
            if try EntrySheetFormat.choose(format: format, out: out) == .xlsx, let out {
                let fiscalYear = try FiscalYear.parse(year)
                var items = 0
                try OutputFile(out, database: global.databasePath).write { items = try EntryWorkbook(store, plan: plan).write(dept: dept, year: fiscalYear, to: $0) }
                Console.line(.entryWorkbookWritten(out, items: items, dept: dept))
                return
            }
            let csv = try EntryTemplate(store, plan: plan).csv(dept: dept, year: try FiscalYear.parse(year))
            if let out {
                try OutputFile(out, database: global.databasePath).write(Data(csv.utf8))
                let rows = csv.split(separator: "\r\n").count - 1
                Console.line(.entryTemplateWritten(out, items: rows, dept: dept))
            } else {
                Console.out(csv)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Message.helpEntryImport.text())

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpEntryFile.text())) var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpEntryDept.text(), valueName: "dept")) var dept: String
        @Flag(name: .long, help: ArgumentHelp(Message.helpEntryDryRun.text())) var dryRun = false
        @Flag(name: .long, help: ArgumentHelp(Message.helpEntryConfirm.text())) var confirm = false

        func run() throws {
            let identity = EntryFileIdentity.read(file)
            let (store, plan) = try global.openPlan(.write, year: identity.year, declaredPlan: identity.planCode)
            let dept = try Departments(store, plan: plan).find(self.dept)
            let report = try EntryImport(store, plan: plan).run(file: file, dept: dept, dryRun: dryRun, confirmed: confirm)
            for outcome in report.samples { Console.line(.entryImportSample(outcome, dryRun: report.dryRun)) }
            if report.changed > report.samples.count { Console.line(.entryImportMore(report.changed - report.samples.count)) }
            Console.line(.entryImported(file, report))
        }
    }
}
