import ArgumentParser
import PlanCore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "The trail of changes: who changed what, when, from what to what.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "A code or part of a name; a policy or measure code includes everything below it.")
    var item: String?

    @Option(name: .long, help: ArgumentHelp("Only this fiscal year.", valueName: "year"))
    var year: String?

    func run() throws {
        let (store, plan) = try global.openPlan(.read)
        let code = try item.map { try PlanLookup(store, plan: plan).find($0).code }
        let history = try History(store, plan: plan).rows(code: code, year: try year.map(FiscalYear.parse))
        Console.rows(history.columns, history.rows, format: output)
    }
}
