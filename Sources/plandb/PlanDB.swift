import ArgumentParser
import PlanCore

/// The root command only lists the subcommands; each lives in its own file.
struct PlanDB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plandb",
        abstract: "Keep a municipal comprehensive plan (総合計画) in one SQLite file and run its yearly evaluation (行政評価).",
        discussion: """
            The database is ./plan.db unless --db PATH or the PLANDB_DB environment variable names another.
            Start with `plandb init`, then `plandb show`.
            """,
        version: PlanDBVersion.current,
        subcommands: [
            InitCommand.self,
            ShowCommand.self,
            DeptCommand.self,
            RecordCommand.self,
            EntryCommand.self,
            StatusCommand.self,
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
