import ArgumentParser
import PlanCore

struct OutlookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outlook", abstract: Message.helpOutlook.text())

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp(Message.helpOutlookYear.text(), valueName: "year"))
    var year: String?

    @Flag(name: .long, help: ArgumentHelp(Message.helpOutlookAll.text()))
    var all = false

    func run() throws {
        let (store, plan) = try global.openPlan(.read, year: try year.map(FiscalYear.parse))
        let asOf = try year.map(FiscalYear.parse)
        let outlooks = try Outlook(store, plan: plan).indicators(asOf: asOf)
        let table = Outlook.table(all ? outlooks : outlooks.filter { $0.onTrack == false })
        Console.rows(table.columns, table.rows, format: output)
        if output.format == .table { Console.line(Outlook.summary(outlooks, asOf: asOf ?? plan.endYear)) }
    }
}
