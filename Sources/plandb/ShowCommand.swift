import ArgumentParser
import PlanCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the plan as a tree, or one item with everything about it.",
        discussion: "ITEM is a code (6-7, 6-7-1, 6-7-1-1, 6-7-1-1-1, 6-7-I2) or a unique part of a name (ふるさと納税).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A code or part of a name; without it, the whole plan.")
    var item: String?

    func run() throws {
        let (store, plan) = try global.openPlan(.read)
        let text = PlanText(store, plan: plan)
        if let item {
            Console.out(TerminalText.visible(try text.detail(PlanLookup(store, plan: plan).find(item))))
        } else {
            Console.out(TerminalText.visible(try text.tree()))
        }
    }
}
