import ArgumentParser
import PlanCore

struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Validate or import a plan written as seed YAML files.",
        subcommands: [Check.self, Import.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a seed folder without writing anything.")

        @Argument(help: "The seed folder (plan.yaml, vocabularies.yaml, sdgs.yaml, policies/).")
        var dir: String

        func run() throws {
            let plan = try SeedSource.folder(dir).plan()
            let counts = SeedCounts(plan)
            Console.line("\(dir): ok — plan \(plan.code), \(counts.description)")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a seed folder in one transaction: add, update and remove by stable code.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "The seed folder.")
        var dir: String

        @Flag(name: .long, help: "Show what would change, and change nothing.")
        var dryRun = false

        func run() throws {
            let plan = try SeedSource.folder(dir).plan()
            let store = try PlanDatabase.open(path: global.databasePath, access: .write)
            try store.requireCurrentSchema(try Migrator.embedded())
            let report = try SeedImporter(store).importPlan(plan, dryRun: dryRun)
            SeedReportPrinter.changes(report, format: output)
            SeedReportPrinter.summary(report)
        }
    }
}

enum SeedReportPrinter {
    static func summary(_ report: SeedImportReport) {
        let verb = report.dryRun ? "would import" : "imported"
        Console.line("\(verb) plan \(report.planCode): \(report.count(.added)) added, \(report.count(.changed)) changed, \(report.count(.removed)) removed" + (report.dryRun ? " (dry run: nothing was written)" : ""))
    }

    static func changes(_ report: SeedImportReport, format: FormatOptions) {
        guard !report.changes.isEmpty else { return }
        Console.rows(["change", "kind", "code", "detail"], report.changes.map { [.text($0.action.rawValue), .text($0.kind), .text($0.code), .text($0.detail)] }, format: format)
    }
}
