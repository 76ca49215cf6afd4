import ArgumentParser
import PlanCore

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: Message.helpStatus.text())

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp(Message.helpRecordYear.text(), valueName: "year"))
    var year: String

    @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpStatusDept.text(), valueName: "dept"))
    var dept: String?

    func run() throws {
        let (store, plan) = try global.openPlan(.read, year: try FiscalYear.parse(year))
        let fiscalYear = try FiscalYear.parse(year)
        let dept = try self.dept.map { try Departments(store, plan: plan).find($0) }
        let completion = Completion(store, plan: plan)
        let statuses = try completion.status(year: fiscalYear, dept: dept)
        let progress = try completion.progress(statuses, year: fiscalYear)
        if dept != nil {
            // Tables are for people: the state in their language; the machine formats keep `entered`/`missing`.
            let forPeople = output.format == .table || output.format == .markdown
            Console.rows(["duty", "code", "name", "state"], statuses.map {
                [.text($0.duty.kind.rawValue), .text($0.duty.code), .text($0.duty.name),
                 .text(forPeople ? Message.statusState(entered: $0.entered).text() : $0.entered ? "entered" : "missing")]
            }, format: output, headings: Message.statusDutyHeadings)
        } else {
            let summary = Completion.summary(progress)
            // `since` (the last column) in Japan's time for people.
            let rows = summary.rows.map { row in Array(row.dropLast()) + [output.time(row.last?.string)] }
            Console.rows(summary.columns, rows, format: output, headings: Message.statusSummaryHeadings + Message.submissionSummaryHeadings)
        }
        if output.format == .table {
            Console.line(.statusTotals(fiscalYear, entered: statuses.count(where: \.entered), total: statuses.count))
            if let dept, let own = progress.first(where: { $0.dept == dept }) { Console.line(Submissions.describe(own.submission)) }
            if dept == nil { try Outlook(store, plan: plan).policyLines(asOf: fiscalYear).forEach { Console.line($0) } }
        }
    }
}
