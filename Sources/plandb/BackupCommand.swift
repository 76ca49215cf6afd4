import ArgumentParser
import PlanCore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the live database to FILE with SQLite's online backup (safe while others write).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Where to write the copy.")
    var file: String

    func run() throws {
        let store = try PlanDatabase.open(path: global.databasePath, access: .read)
        let bytes = try Maintenance.backup(store, to: file)
        Console.line("backed up \(global.databasePath) to \(file) (\(bytes) bytes)")
    }
}
