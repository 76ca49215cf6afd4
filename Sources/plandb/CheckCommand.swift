import ArgumentParser
import PlanCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Message.helpCheckAbstract.text())

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try PlanDatabase.open(path: global.databasePath, access: .read)
        let findings = try Maintenance.check(store, migrator: try Migrator.embedded())
        // For people, the check and its result in their language; csv/json keep the stable keys.
        let word = { (key: String) in output.forPeople ? Message.checkName(key)?.text() ?? key : key }
        Console.rows(["check", "status", "detail"], findings.map { [.text(word($0.check)), .text(word($0.status.rawValue)), .text($0.detail)] }, format: output,
                     headings: [.checkHeadingCheck, .checkHeadingStatus, .checkHeadingDetail])
        let problems = findings.filter { $0.status == .problem }.count
        if problems > 0 {
            Console.err(Console.describe(PlanError(.checkProblems(problems, global.databasePath), advice: .checkProblemsAdvice)))
            throw ExitCode.failure
        }
    }
}
