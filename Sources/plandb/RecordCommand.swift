import ArgumentParser
import PlanCore

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record one evaluation entry for a fiscal year (the earlier value stays in the history).",
        subcommands: [Indicator.self, Initiative.self, Policy.self])

    /// Options every record command shares.
    struct Entry: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("The fiscal year: 2023, 令和5 or R5.", valueName: "year"))
        var year: String

        @Option(name: .customLong("as"), help: ArgumentHelp("The department making the entry (a unique part of its name will do).", valueName: "dept"))
        var dept: String
    }

    /// Opens the database for writing and resolves the item, year and department.
    static func context(_ global: GlobalOptions, _ entry: Entry, item: String, kind: PlanItem.Kind) throws -> (Recorder, PlanItem, Int, String) {
        let (store, plan) = try global.openPlan(.write)
        let found = try PlanLookup(store, plan: plan).find(item, kinds: [kind])
        let dept = try Departments(store, plan: plan).find(entry.dept)
        return (Recorder(store, plan: plan), found, try FiscalYear.parse(entry.year), dept)
    }

    static func report(_ outcome: RecordOutcome, dept: String) {
        let year = FiscalYear.label(outcome.fiscalYear)
        switch (outcome.result, outcome.previous) {
        case (.unchanged, _):
            Console.line("unchanged: \(outcome.code) \(outcome.name) \(year) is already \(outcome.current)")
        case (.recorded, .some):
            Console.line("recorded \(outcome.code) \(outcome.name) \(year): \(outcome.summary) (by \(dept); the earlier value stays in `plandb history \(outcome.code)`)")
        case (.recorded, nil):
            Console.line("recorded \(outcome.code) \(outcome.name) \(year): \(outcome.current) (by \(dept))")
        }
    }

    struct Indicator: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an indicator's actual value (実績値).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Indicator code (6-7-I2) or a unique part of its name.") var item: String
        @OptionGroup var entry: Entry
        // Unconditional, so that a negative value (`--value -0.5`) is a value and not an option.
        @Option(name: .long, parsing: .unconditional, help: "The value as printed: 95.10, 1,000,000, ９５．１０, 73.0%, -0.5.") var value: String
        @Option(name: .long, help: "A note kept with the value (left out: keep the current note; \"\": clear it).") var note: String?
        @Flag(name: .long, help: "Record a value that looks like a typo (far off the plan's figures).") var confirm = false

        func run() throws {
            let (recorder, found, year, dept) = try RecordCommand.context(global, entry, item: item, kind: .indicator)
            RecordCommand.report(
                try recorder.recordIndicator(found.code, year: year, value: value, as: dept, note: note, confirmed: confirm), dept: dept)
        }
    }

    struct Initiative: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record an initiative's progress (主な取組の評価).")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Initiative code (6-1-1-2-1) or a unique part of its title.") var item: String
        @OptionGroup var entry: Entry
        @Option(name: .long, help: "The grade: A, B, C or D.") var grade: String
        @Option(name: .long, help: "今後の方向性: 拡充・継続・改善・縮小・休止・廃止・完了 (left out: keep; \"\": clear).") var next: String?
        @Option(name: .long, help: "実績: what was done this year (left out: keep; \"\": clear).") var result: String?
        @Option(name: .long, help: "課題: what remains (left out: keep; \"\": clear).") var challenge: String?

        func run() throws {
            let (recorder, found, year, dept) = try RecordCommand.context(global, entry, item: item, kind: .initiative)
            RecordCommand.report(
                try recorder.recordInitiative(found.code, year: year, grade: grade, next: next, result: result, challenge: challenge, as: dept),
                dept: dept)
        }
    }

    struct Policy: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a policy's evaluation: 一次 by its lead department, 二次 by the coordinator.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Policy code (6-1) or a unique part of its title.") var item: String
        @OptionGroup var entry: Entry
        @Option(name: .long, help: "The grade: A, B, C or D.") var grade: String
        @Option(name: .long, help: "The evaluation's comment (left out: keep; \"\": clear).") var comment: String?
        @Option(name: .long, help: "一次 (default) or 二次.") var stage: String = "一次"

        // A ValidationError from validate(), not run(), is printed with this command's usage.
        func validate() throws {
            guard Recorder.Stage(rawValue: stage) != nil else {
                throw ValidationError("--stage must be 一次 or 二次, not \(stage)")
            }
        }

        func run() throws {
            let stage = Recorder.Stage(rawValue: stage) ?? .first
            let (recorder, found, year, dept) = try RecordCommand.context(global, entry, item: item, kind: .policy)
            RecordCommand.report(try recorder.recordPolicy(found.code, year: year, grade: grade, comment: comment, stage: stage, as: dept), dept: dept)
        }
    }
}
