import ArgumentParser
import PlanCore

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: Message.helpBackupAbstract.text())

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Message.helpBackupFile.text()))
    var file: String

    @Flag(name: .long, help: ArgumentHelp(Message.helpBackupReplace.text()))
    var replace = false

    func run() throws {
        let store = try PlanDatabase.open(path: global.databasePath, access: .read)
        let (written, bytes) = try Maintenance.backup(store, to: file, replace: replace)
        Console.line(.backupWritten(global.databasePath, to: written, bytes: bytes))
    }
}
