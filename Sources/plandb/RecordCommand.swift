import ArgumentParser
import PlanCore

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: Message.helpRecord.text(),
        subcommands: [Indicator.self, Initiative.self, Policy.self, Project.self])

    /// Options every record command shares.
    struct Entry: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordYear.text(), valueName: "year"))
        var year: String

        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpRecordAs.text(), valueName: "dept"))
        var dept: String
    }

    /// Opens the database for writing and resolves the item, year and department.
    static func context(_ global: GlobalOptions, _ entry: Entry, item: String, kind: PlanItem.Kind) throws -> (Recorder, PlanItem, Int, String) {
        let (store, plan) = try global.openPlan(.write, year: try FiscalYear.parse(entry.year))
        let found = try PlanLookup(store, plan: plan).find(item, kinds: [kind])
        let dept = try Departments(store, plan: plan).find(entry.dept)
        return (Recorder(store, plan: plan), found, try FiscalYear.parse(entry.year), dept)
    }

    static func report(_ outcome: RecordOutcome, dept: String) {
        let year = FiscalYear.label(outcome.fiscalYear)
        switch (outcome.result, outcome.previous) {
        case (.unchanged, _): Console.line(.recordUnchanged(outcome))
        case (.recorded, .some): Console.line(.recordChanged(outcome, dept: dept))
        case (.recorded, nil): Console.line(.recordFirst(outcome, dept: dept))
        }
    }

    struct Indicator: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "indicator", abstract: Message.helpRecordIndicator.text())

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpRecordIndicatorItem.text())) var item: String
        @OptionGroup var entry: Entry
        // Unconditional, so that a negative value (`--value -0.5`) is a value and not an option.
        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(Message.helpRecordValue.text())) var value: String
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordNote.text())) var note: String?
        @Flag(name: .long, help: ArgumentHelp(Message.helpRecordConfirm.text())) var confirm = false

        func run() throws {
            let (recorder, found, year, dept) = try RecordCommand.context(global, entry, item: item, kind: .indicator)
            RecordCommand.report(
                try recorder.recordIndicator(found.code, year: year, value: value, as: dept, note: note, confirmed: confirm), dept: dept)
        }
    }

    struct Initiative: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "initiative", abstract: Message.helpRecordInitiative.text())

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpRecordInitiativeItem.text())) var item: String
        @OptionGroup var entry: Entry
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordGrade.text())) var grade: String
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordNext.text())) var next: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordResult.text())) var result: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordChallenge.text())) var challenge: String?

        func run() throws {
            let (recorder, found, year, dept) = try RecordCommand.context(global, entry, item: item, kind: .initiative)
            RecordCommand.report(
                try recorder.recordInitiative(found.code, year: year, grade: grade, next: next, result: result, challenge: challenge, as: dept),
                dept: dept)
        }
    }

    struct Policy: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "policy", abstract: Message.helpRecordPolicy.text())

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpRecordPolicyItem.text())) var item: String
        @OptionGroup var entry: Entry
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordGrade.text())) var grade: String
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordComment.text())) var comment: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordStage.text())) var stage: String = "一次"

        // A ValidationError from validate(), not run(), is printed with this command's usage.
        func validate() throws {
            guard Recorder.Stage(rawValue: stage) != nil else {
                throw ValidationError(Message.recordStageInvalid(stage).text())
            }
        }

        func run() throws {
            let stage = Recorder.Stage(rawValue: stage) ?? .first
            let (recorder, found, year, dept) = try RecordCommand.context(global, entry, item: item, kind: .policy)
            RecordCommand.report(try recorder.recordPolicy(found.code, year: year, grade: grade, comment: comment, stage: stage, as: dept), dept: dept)
        }
    }

    struct Project: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "project", abstract: Message.helpRecordProject.text())

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpProjectCode.text())) var item: String
        @OptionGroup var entry: Entry
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordStaff.text(), valueName: "kind=人工")) var staff: [String] = []
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordGrade.text())) var grade: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordNext.text())) var next: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordResult.text())) var result: String?
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordChallenge.text())) var challenge: String?

        func run() throws {
            let year = try FiscalYear.parse(entry.year)
            let (store, plan) = try global.openPlan(.write, year: year)
            let dept = try Departments(store, plan: plan).find(entry.dept)
            let staff = try self.staff.map(ProjectRecorder.StaffEntry.parse)
            RecordCommand.report(
                try ProjectRecorder(store, plan: plan).record(
                    item, year: year, staff: staff, grade: grade, next: next, result: result, challenge: challenge, as: dept),
                dept: dept)
        }
    }
}
