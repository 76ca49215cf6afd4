import ArgumentParser
import PlanCore

struct DeptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dept",
        abstract: "Departments and what each must report.",
        subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every department: policies it leads, indicators it surveys, initiatives it evaluates.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let summary = try Departments(store, plan: plan).summary()
            Console.rows(summary.columns, summary.rows, format: output)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What one department must report each fiscal year.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        @Argument(help: "The department, or a unique part of its name (総務).")
        var dept: String

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let departments = Departments(store, plan: plan)
            let name = try departments.find(dept)
            let duties = try departments.duties(of: name)
            Console.rows(["duty", "code", "name"], duties.map { [.text($0.kind.rawValue), .text($0.code), .text($0.name)] }, format: output)
            if output.format == .table {
                Console.line("\(name): \(duties.count) item(s) to report each fiscal year")
            }
        }
    }
}
