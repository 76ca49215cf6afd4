import ArgumentParser
import Foundation
import PlanCore
import SQLiteDB

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: Message.helpQueryAbstract.text(),
        subcommands: [List.self, Show.self, Run.self])

    /// Where a user's own queries live, besides the shipped ones.
    struct Library: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp(Message.helpOptionQueries.text(), valueName: "dir"))
        var queries: String?

        func load() throws -> QueryLibrary {
            let folder = queries ?? ProcessInfo.processInfo.environment["PLANDB_QUERIES"].flatMap { $0.isEmpty ? nil : $0 }
            let library = try QueryLibrary.load(userFolder: folder)
            library.warnings.forEach(Console.warn)
            return library
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: Message.helpQueryListAbstract.text())
        @OptionGroup var library: Library
        @OptionGroup var output: FormatOptions

        func run() throws {
            let queries = try library.load().queries
            Console.rows(["name", "title", "parameters"], queries.map { query in
                [.text(query.name), .text(query.title), .text(query.parameters.map { $0.defaultValue == nil ? $0.name : "[\($0.name)]" }.joined(separator: " "))]
            }, format: output, headings: Message.queryListHeadings)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: Message.helpQueryShowAbstract.text())
        @OptionGroup var library: Library
        @Argument(help: ArgumentHelp(Message.helpArgumentQueryName.text())) var name: String

        func run() throws {
            let query = try library.load().query(name)
            Console.line("-- \(query.origin)")
            Console.out(query.sql.hasSuffix("\n") ? query.sql : query.sql + "\n")
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: Message.helpQueryRunAbstract.text())
        @OptionGroup var global: GlobalOptions
        @OptionGroup var library: Library
        @OptionGroup var output: FormatOptions
        @OptionGroup var options: QueryOptions
        @Argument(help: ArgumentHelp(Message.helpArgumentQueryName.text())) var name: String

        func run() throws {
            let query = try library.load().query(name)
            let bindings = try query.bindings(options.parameters(), database: global.databasePath, planCode: global.planCode)
            try options.run(query.sql, bindings: bindings, database: global.databasePath, output: output)
        }
    }
}
