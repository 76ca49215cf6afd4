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
        let result = try Maintenance.initialize(path: path, seeds: seeds.map(SeedSource.folder) ?? .embedded)
        if result.created { Console.line(.initCreated(path)) }
        for migration in result.applied { Console.line(.migrateApplied(migration.fileName)) }
        SeedReportPrinter.summary(result.report)
        Console.line(.initHolds(path, plan: result.planName, counts: result.counts))
        if !result.created, result.applied.isEmpty, result.report.changes.isEmpty {
            Console.line(.initUpToDate(path))
        }
        Console.line(.initNext)
    }
}
