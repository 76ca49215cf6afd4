import ArgumentParser
import Foundation
import PlanCore

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: Message.helpUserAbstract.text(),
        subcommands: [Add.self, List.self, Password.self, Disable.self, Enable.self])

    /// The password: the first line of standard input, so that it is never on a command line.
    static func readPassword() throws -> String {
        try PasswordHash.password(fromFirstLineOf: readLine(strippingNewline: false))
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: Message.helpUserAdd.text())
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpUserName.text())) var name: String
        @Option(name: .long, help: ArgumentHelp(Message.helpUserDept.text(), valueName: "dept")) var dept: String

        func run() throws {
            let store = try global.openDatabase(.write)
            let dept = try Departments.find(self.dept, in: store)
            let password = try UserCommand.readPassword()
            let account = try Accounts(store).add(name, dept: dept, password: password, actor: OSUser.name)
            Console.line(Message.accountAdded(account.name, account.dept).text())
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpUserList.text())
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let store = try global.openDatabase(.read)
            Console.rows(["name", "dept", "state", "locked_until", "created_at", "created_by"], try Accounts(store).list().map {
                [.text($0.name), .text($0.dept), .text($0.state()), $0.locked ? output.time($0.lockedUntil ?? "") : .null, output.time($0.createdAt), .text($0.createdBy)]
            }, format: output)
        }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "password", abstract: Message.helpUserPassword.text())
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpUserName.text())) var name: String

        func run() throws {
            let store = try global.openDatabase(.write)
            let password = try UserCommand.readPassword()
            Console.line(Message.accountPasswordChanged(try Accounts(store).setPassword(name, password: password).name).text())
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "disable", abstract: Message.helpUserDisable.text())
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpUserName.text())) var name: String

        func run() throws {
            let store = try global.openDatabase(.write)
            Console.line(Message.accountDisabled(try Accounts(store).setDisabled(name, true).name).text())
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "enable", abstract: Message.helpUserEnable.text())
        @OptionGroup var global: GlobalOptions
        @Argument(help: ArgumentHelp(Message.helpUserName.text())) var name: String

        func run() throws {
            let store = try global.openDatabase(.write)
            Console.line(Message.accountEnabled(try Accounts(store).setDisabled(name, false).name).text())
        }
    }
}
