import ArgumentParser
import PlanCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: Message.helpShowAbstract.text(),
        discussion: Message.helpShowDiscussion.text())

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Message.helpArgumentItem.text()))
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
