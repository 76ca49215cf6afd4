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

    /// `plandb show project CODE` (DESIGN.md): the project's code after the word `project`.
    @Argument(help: ArgumentHelp(Message.helpProjectCode.text()))
    var project: String?

    func run() throws {
        if let project, item == "project" || item == "事業" {
            var show = try ProjectCommand.Show.parse([project])
            show.global = global
            return try show.run()
        }
        let (store, plan) = try global.openPlan(.read)
        let text = PlanText(store, plan: plan)
        if let item {
            Console.out(TerminalText.visible(try text.detail(PlanLookup(store, plan: plan).find(item))))
        } else {
            Console.out(TerminalText.visible(try text.tree()))
        }
    }
}
