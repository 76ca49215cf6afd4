import ArgumentParser
import PlanCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check integrity, foreign keys, migrations, the schema, snapshot hashes and year locks; exits 1 on any problem.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try PlanDatabase.open(path: global.databasePath, access: .read)
        let findings = try Maintenance.check(store, migrator: try Migrator.embedded())
        Console.rows(["check", "status", "detail"], findings.map { [.text($0.check), .text($0.status.rawValue), .text($0.detail)] }, format: output)
        let problems = findings.filter { $0.status == .problem }.count
        if problems > 0 {
            Console.err("error: \(problems) problem(s) found in \(global.databasePath)\nrestore a backup (`plandb backup` makes one) or ask the maintainers")
            throw ExitCode.failure
        }
    }
}
