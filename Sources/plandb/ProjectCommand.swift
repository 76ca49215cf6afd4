import ArgumentParser
import PlanCore

/// 事務事業: the list the coordinator keeps, imported from the finance system's export.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: Message.helpProject.text(),
        subcommands: [Import.self, List.self, Show.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: Message.helpProjectImport.text())

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpProjectFile.text())) var file: String
        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpProjectAsCoordinator.text(), valueName: "dept")) var dept: String
        @Flag(name: .long, help: ArgumentHelp(Message.helpEntryDryRun.text())) var dryRun = false

        func run() throws {
            let (store, plan) = try global.openPlan(.write)
            let dept = try Departments(store, plan: plan).find(self.dept)
            Console.line(.projectListImported(try ProjectListImport(store, plan: plan).run(file: file, as: dept, dryRun: dryRun)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpProjectList.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions
        @Option(name: .long, help: ArgumentHelp(Message.helpProjectListDept.text(), valueName: "dept")) var dept: String?

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let dept = try self.dept.map { try Departments(store, plan: plan).find($0) }
            let list = try Projects(store, plan: plan).list(dept: dept)
            Console.rows(list.columns, list.rows, format: output, headings: Message.projectListHeadings)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Message.helpProjectShow.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: ArgumentHelp(Message.helpProjectCode.text())) var code: String

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let projects = Projects(store, plan: plan)
            let project = try projects.find(code)
            if output.format == .table { Console.line(.projectShowHeading(project)) }
            let years = try projects.years(project["project_code"]?.string ?? code)
            Console.rows(years.columns, years.rows, format: output, headings: Message.projectYearHeadings)
        }
    }
}

/// 予算額・決算額・特定財源, imported by the plan's 予算担当課.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "budget", abstract: Message.helpBudget.text(), subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: Message.helpBudgetImport.text())

        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpBudgetFile.text())) var file: String
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordYear.text(), valueName: "year")) var year: String
        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpBudgetAs.text(), valueName: "dept")) var dept: String
        @Flag(name: .long, help: ArgumentHelp(Message.helpEntryDryRun.text())) var dryRun = false

        func run() throws {
            let year = try FiscalYear.parse(self.year)
            let (store, plan) = try global.openPlan(.write, year: year)
            let dept = try Departments(store, plan: plan).find(self.dept)
            Console.line(.budgetImported(try BudgetImport(store, plan: plan).run(file: file, year: year, as: dept, dryRun: dryRun)))
        }
    }
}

/// 人件費 per person-year of each staff kind, set by the coordinator.
struct RateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rate", abstract: Message.helpRate.text(), subcommands: [Set.self, List.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: Message.helpRateSet.text())

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: ArgumentHelp(Message.helpRecordYear.text(), valueName: "year")) var year: String
        @Option(name: .long, help: ArgumentHelp(Message.helpRateKind.text(), valueName: "kind")) var kind: String
        @Option(name: .long, help: ArgumentHelp(Message.helpRateAmount.text(), valueName: "千円")) var amount: String
        @Option(name: .customLong("as"), help: ArgumentHelp(Message.helpProjectAsCoordinator.text(), valueName: "dept")) var dept: String

        func run() throws {
            let year = try FiscalYear.parse(self.year)
            let (store, plan) = try global.openPlan(.write, year: year)
            let dept = try Departments(store, plan: plan).find(self.dept)
            RecordCommand.report(try StaffRates(store, plan: plan).set(year: year, kind: kind, amount: amount, as: dept), dept: dept)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpRateList.text())

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let (store, plan) = try global.openPlan(.read)
            let rates = try StaffRates(store, plan: plan).list()
            Console.rows(rates.columns, rates.rows, format: output, headings: Message.rateListHeadings)
        }
    }
}
