import ArgumentParser
import PlanCore

/// The root command only lists the subcommands; each lives in its own file.
struct PlanDB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plandb",
        abstract: Message.helpRootAbstract.text(),
        discussion: Message.helpRootDiscussion.text(),
        version: PlanDBVersion.current,
        subcommands: [
            InitCommand.self,
            PlanCommand.self,
            ShowCommand.self,
            DeptCommand.self,
            RecordCommand.self,
            EntryCommand.self,
            ProjectCommand.self,
            BudgetCommand.self,
            RateCommand.self,
            StatusCommand.self,
            OutlookCommand.self,
            ReportCommand.self,
            SubmitCommand.self,
            ReturnCommand.self,
            SqlCommand.self,
            QueryCommand.self,
            SnapshotCommand.self,
            HistoryCommand.self,
            SeedCommand.self,
            MigrateCommand.self,
            CheckCommand.self,
            ServeCommand.self,
            UserCommand.self,
            BackupCommand.self,
        ]
    )
}
