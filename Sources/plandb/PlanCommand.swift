import ArgumentParser
import PlanCore

/// The plan itself as data: which plans the file holds, and the plan workbook both ways.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: Message.helpPlanAbstract.text(),
        subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpPlanListAbstract.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let store = try global.openDatabase(.read)
            Console.rows(PlanList.columns, try PlanList.rows(store), format: output, headings: Message.planListHeadings)
        }
    }
}
