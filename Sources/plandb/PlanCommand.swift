import ArgumentParser
import PlanCore

/// The plan itself as data: which plans the file holds, and the plan workbook both ways.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: Message.helpPlanAbstract.text(),
        subcommands: [List.self, Template.self, Export.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpPlanListAbstract.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let store = try global.openDatabase(.read)
            Console.rows(PlanList.columns, try PlanList.rows(store), format: output, headings: Message.planListHeadings)
        }
    }

    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "template", abstract: Message.helpPlanTemplateAbstract.text())

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp(Message.helpPlanOut.text(), valueName: "file")) var out: String

        func run() throws {
            let file = try OutputFile(out, database: global.databasePath)
            try PlanWorkbookWriter.checkReplaceable(out)
            try file.write { try PlanWorkbookWriter.template.write(to: $0) }
            Console.line(.planTemplateWritten(out))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: Message.helpPlanExportAbstract.text())

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp(Message.helpPlanOut.text(), valueName: "file|dir")) var out: String
        @Option(name: .long, help: ArgumentHelp(Message.helpPlanFormat.text(), valueName: "format")) var format: String?

        func run() throws {
            let format = try PlanExport.format(format)
            let (seeds, embedded) = try PlanExport.plan(databasePath: global.databasePath, planCode: global.planCode)
            if embedded { Console.line(.planExportEmbedded(global.databasePath)) }
            switch format {
            case .xlsx:
                let file = try OutputFile(out, database: global.databasePath)
                try PlanWorkbookWriter.checkReplaceable(out)
                try file.write { try PlanWorkbookWriter(plan: seeds).write(to: $0) }
            case .yaml:
                try SeedFolderOutput(out).write(PlanYAMLWriter(plan: seeds).files())
            }
            Console.line(.planExportWritten(out, plan: seeds.code, counts: SeedCounts(seeds)))
        }
    }
}
