import ArgumentParser
import PlanCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or migrate the database and import the plan (idempotent).",
        discussion: "Without --seeds the plan compiled into plandb (香取市 大綱6) is imported.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Import the plan from this seed folder instead of the embedded one.", valueName: "dir"))
    var seeds: String?

    func run() throws {
        let path = global.databasePath
        let result = try Maintenance.initialize(path: path, seeds: seeds.map(SeedSource.folder) ?? .embedded)
        if result.created { Console.line("created \(path)") }
        for migration in result.applied { Console.line("applied \(migration.fileName)") }
        SeedReportPrinter.summary(result.report)
        Console.line("\(path) holds \(result.planName): \(result.counts)")
        if !result.created, result.applied.isEmpty, result.report.changes.isEmpty {
            Console.line("\(path) is up to date: nothing to do")
        }
        Console.line("""

            next:
              plandb show                 the plan as a tree
              plandb show 6-7             one policy as the document prints it
              plandb dept show 総務課      what a department must report each year
            """)
    }
}
