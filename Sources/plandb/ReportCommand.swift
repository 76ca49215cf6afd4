import ArgumentParser
import Foundation
import PlanCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: Message.helpReport.text())

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp(Message.helpReportFrom.text(), valueName: "year"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(Message.helpReportTo.text(), valueName: "year"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp(Message.helpReportFormat.text()))
    var format: SnapshotExportFormat

    @Option(name: .long, help: ArgumentHelp(Message.helpReportOut.text(), valueName: "file"))
    var out: String?

    func run() throws {
        let (store, plan) = try global.openPlan(.read, year: try (to ?? from).map(FiscalYear.parse))
        let first = try from.map(FiscalYear.parse) ?? plan.startYear
        let last = try to.map(FiscalYear.parse) ?? plan.endYear
        let report = try PeriodReport.build(store, plan: plan, from: first, to: last)
        if format == .xlsx, let out {
            try OutputFile(out, database: global.databasePath).write { try report.writeWorkbook(to: $0) }
            return Console.line(Message.reportWrote(out, format: format.rawValue, from: first, to: last))
        }
        let text = try report.export(format)
        guard let out else { return Console.out(text) }
        try OutputFile(out, database: global.databasePath).write(Data(text.utf8))
        Console.line(Message.reportWrote(out, format: format.rawValue, from: first, to: last))
    }
}
