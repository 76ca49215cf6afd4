import ArgumentParser
import PlanCore

struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: Message.helpSeedAbstract.text(),
        subcommands: [Check.self, Import.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: Message.helpSeedCheckAbstract.text())

        @Argument(help: ArgumentHelp(Message.helpSeedCheckArgument.text()))
        var dir: String

        func run() throws {
            let plan = try SeedSource.path(dir).plan()
            Console.line(Message.seedCheckPassed(dir, plan: plan.code, counts: SeedCounts(plan)))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: Message.helpSeedImportAbstract.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: ArgumentHelp(Message.helpSeedImportArgument.text()))
        var dir: String

        @Flag(name: .long, help: ArgumentHelp(Message.helpSeedDryRun.text()))
        var dryRun = false

        @Flag(name: .long, help: ArgumentHelp(Message.helpSeedAllowDelete.text()))
        var allowDelete = false

        func run() throws {
            let plan = try SeedSource.path(dir).plan()
            let store = try PlanDatabase.open(path: global.databasePath, access: .write)
            try store.requireCurrentSchema(try Migrator.embedded())
            let report = try SeedImporter(store).importPlan(plan, dryRun: dryRun, allowDelete: allowDelete)
            SeedReportPrinter.changes(report, format: output)
            SeedReportPrinter.summary(report)
        }
    }
}

enum SeedReportPrinter {
    static func summary(_ report: SeedImportReport) {
        Console.line(Message.seedImported(report))
    }

    static func changes(_ report: SeedImportReport, format: FormatOptions) {
        guard !report.changes.isEmpty else { return }
        // People read the action and kind in their language; scripts get the stable values.
        let words: (SeedChange) -> (action: String, kind: String) = { change in
            guard format.forPeople else { return (change.action.rawValue, change.kind) }
            return (Message.seedChangeAction(change.action).text(), Message.seedChangeKind(change.kind)?.text() ?? change.kind)
        }
        Console.rows(["change", "kind", "code", "detail"], report.changes.map { change in
            let (action, kind) = words(change)
            return [.text(action), .text(kind), .text(change.code), .text(change.detail)]
        }, format: format, headings: Message.seedChangeHeadings)
    }
}
