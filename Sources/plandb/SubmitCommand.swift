import ArgumentParser
import PlanCore

struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit (提出) a department's year: its entries for the year are refused until the coordinator returns it.")

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp("The fiscal year: 2023, 令和5 or R5.", valueName: "year")) var year: String
    @Option(name: .customLong("as"), help: ArgumentHelp("The department submitting (a unique part of its name will do).", valueName: "dept")) var dept: String

    func run() throws {
        let (store, plan) = try global.openPlan(.write)
        let dept = try Departments(store, plan: plan).find(self.dept)
        Console.line(try Submissions(store, plan: plan).submit(year: try FiscalYear.parse(year), dept: dept, actor: OSUser.name).text())
    }
}

struct ReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: "Return (差し戻し) a submitted year to a department with a reason (coordinator only).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The department whose year goes back to it.") var target: String
    @Option(name: .long, help: ArgumentHelp("The fiscal year: 2023, 令和5 or R5.", valueName: "year")) var year: String
    @Option(name: .long, help: "What to correct: the department reads it.") var reason: String
    @Option(name: .customLong("as"), help: ArgumentHelp("The coordinating department.", valueName: "dept")) var dept: String

    func run() throws {
        let (store, plan) = try global.openPlan(.write)
        let departments = Departments(store, plan: plan)
        let message = try Submissions(store, plan: plan).returnYear(
            try FiscalYear.parse(year), to: try departments.find(target), reason: reason, by: try departments.find(dept), actor: OSUser.name)
        Console.line(message.text())
    }
}
