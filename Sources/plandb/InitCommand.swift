import ArgumentParser
import PlanCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: Message.helpInitAbstract.text(),
        discussion: Message.helpInitDiscussion.text())

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(Message.helpInitSeeds.text(), valueName: "dir"))
    var seeds: String?

    func run() throws {
        let path = global.databasePath
        let result = try Maintenance.initialize(path: path, seeds: seeds.map(SeedSource.path))
        if result.created { Console.line(.initCreated(path)) }
        for migration in result.applied { Console.line(.migrateApplied(migration.fileName)) }
        guard let report = result.report, let counts = result.counts else {
            Console.line(.initKeepsPlans(path, plans: result.keptPlans))
            return
        }
        SeedReportPrinter.summary(report)
        Console.line(.initHolds(path, plan: result.planName, counts: counts))
        if !result.created, result.applied.isEmpty, report.changes.isEmpty {
            Console.line(.initUpToDate(path))
        }
        Console.line(.initNext(policy: result.firstPolicy, coordinator: result.coordinator))
    }
}
