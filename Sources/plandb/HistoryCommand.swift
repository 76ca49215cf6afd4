import ArgumentParser
import PlanCore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: Message.helpHistoryAbstract.text())

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp(Message.helpHistoryArgument.text()))
    var item: String?

    @Option(name: .long, help: ArgumentHelp(Message.helpOptionYear.text(), valueName: "year"))
    var year: String?

    func run() throws {
        let (store, plan) = try global.openPlan(.read, year: try year.map(FiscalYear.parse))
        let code = try item.map { try PlanLookup(store, plan: plan).find($0).code }
        let history = try History(store, plan: plan).rows(code: code, year: try year.map(FiscalYear.parse))
        // The first column is when: in Japan's time for people.
        let rows = history.rows.map { row in [output.time(row.first?.string)] + Array(row.dropFirst()) }
        Console.rows(history.columns, rows, format: output, headings: Message.historyHeadings + [Message.historyActorHeading])
    }
}
