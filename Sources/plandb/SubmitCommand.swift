import ArgumentParser
import PlanCore

struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: Message.helpSubmitAbstract.text())

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(Message.helpSubmitYear.text(), valueName: "year")) var year: String
    @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpRecordAs.text(), valueName: "dept")) var dept: String

    func run() throws {
        let (store, plan) = try global.openPlan(.write, year: try FiscalYear.parse(year))
        let dept = try Departments(store, plan: plan).find(self.dept)
        Console.line(try Submissions(store, plan: plan).submit(year: try FiscalYear.parse(year), dept: dept, actor: OSUser.name).text())
    }
}

struct ReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: Message.helpReturnAbstract.text())

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Message.helpReturnTarget.text())) var target: String
    @Option(name: .long, help: ArgumentHelp(Message.helpSubmitYear.text(), valueName: "year")) var year: String
    @Option(name: .long, help: ArgumentHelp(Message.helpReturnReason.text())) var reason: String
    @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpReturnAs.text(), valueName: "dept")) var dept: String

    func run() throws {
        let (store, plan) = try global.openPlan(.write, year: try FiscalYear.parse(year))
        let departments = Departments(store, plan: plan)
        let message = try Submissions(store, plan: plan).returnYear(
            try FiscalYear.parse(year), to: try departments.find(target), reason: reason, by: try departments.find(dept), actor: OSUser.name)
        Console.line(message.text())
    }
}
