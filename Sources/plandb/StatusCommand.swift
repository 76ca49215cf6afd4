import ArgumentParser
import PlanCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "What each department must report for a year, what is entered and what is missing.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("The fiscal year: 2023, 令和5 or R5.", valueName: "year"))
    var year: String

    @Option(name: .customLong("as"), help: ArgumentHelp("Only this department, with every item and its state.", valueName: "dept"))
    var dept: String?

    func run() throws {
        let (store, plan) = try global.openPlan(.read)
        let fiscalYear = try FiscalYear.parse(year)
        let dept = try self.dept.map { try Departments(store, plan: plan).find($0) }
        let completion = Completion(store, plan: plan)
        let statuses = try completion.status(year: fiscalYear, dept: dept)
        let progress = try completion.progress(statuses, year: fiscalYear)
        if dept != nil {
            Console.rows(["duty", "code", "name", "state"], statuses.map {
                [.text($0.duty.kind.rawValue), .text($0.duty.code), .text($0.duty.name), .text($0.entered ? "entered" : "missing")]
            }, format: output)
        } else {
            let summary = Completion.summary(progress)
            Console.rows(summary.columns, summary.rows, format: output)
        }
        if output.format == .table {
            let missing = statuses.filter { !$0.entered }.count
            Console.line("\(FiscalYear.label(fiscalYear)): \(statuses.count - missing) of \(statuses.count) entered, \(missing) missing")
            if dept != nil, let own = progress.first {
                Console.line(Submissions.describe(own.submission).text())
            }
        }
    }
}
