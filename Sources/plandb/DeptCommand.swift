import ArgumentParser
import PlanCore
import SQLiteDB

struct DeptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dept",
        abstract: Message.helpDeptAbstract.text(),
        subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpDeptListAbstract.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let summary = try Departments(store, plan: plan).summary()
            Console.rows(summary.columns, output.forPeople ? summary.rows.map(Self.roleForPeople) : summary.rows, format: output, headings: Message.deptListHeadings)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Message.helpDeptShowAbstract.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: ArgumentHelp(Message.helpDeptArgument.text()))
        var dept: String

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let departments = Departments(store, plan: plan)
            let name = try departments.find(dept)
            let duties = try departments.duties(of: name)
            Console.rows(["duty", "code", "name"], duties.map { [.text($0.kind.rawValue), .text($0.code), .text($0.name)] }, format: output, headings: Message.deptDutyHeadings)
            if output.format == .table {
                Console.line(Message.deptDutyCount(name, count: duties.count))
            }
        }
    }
}

extension DeptCommand.List {
    /// A summary row with its role (coordinator, department, group) in the user's language.
    static func roleForPeople(_ row: [Value]) -> [Value] {
        guard row.count > 1, case .text(let role) = row[1], let label = Message.deptRole(role) else { return row }
        var row = row
        row[1] = .text(label.text())
        return row
    }
}
