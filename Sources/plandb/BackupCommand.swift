import ArgumentParser
import PlanCore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the live database to FILE with SQLite's online backup (safe while others write).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Where to write the copy: a new file, or a folder to put a dated copy in.")
    var file: String

    @Flag(name: .long, help: "Replace FILE when it is an older plandb backup (never any other file).")
    var replace = false

    func run() throws {
        let store = try PlanDatabase.open(path: global.databasePath, access: .read)
        let (written, bytes) = try Maintenance.backup(store, to: file, replace: replace)
        Console.line("backed up \(global.databasePath) to \(written) (\(bytes) bytes)")
    }
}
