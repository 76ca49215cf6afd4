import ArgumentParser
import Foundation
import PlanCore
import SQLiteDB

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "The library of named queries for the evaluation cycle.",
        subcommands: [List.self, Show.self, Run.self])

    /// Where a user's own queries live, besides the shipped ones.
    struct Library: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("A folder of your own NAME.sql queries (default: $PLANDB_QUERIES).", valueName: "dir"))
        var queries: String?

        func load() throws -> QueryLibrary {
            let folder = queries ?? ProcessInfo.processInfo.environment["PLANDB_QUERIES"].flatMap { $0.isEmpty ? nil : $0 }
            let library = try QueryLibrary.load(userFolder: folder)
            library.warnings.forEach(Console.err)
            return library
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the named queries.")
        @OptionGroup var library: Library
        @OptionGroup var output: FormatOptions

        func run() throws {
            let queries = try library.load().queries
            Console.rows(["name", "title", "parameters"], queries.map { query in
                [.text(query.name), .text(query.title), .text(query.parameters.map { $0.defaultValue == nil ? $0.name : "[\($0.name)]" }.joined(separator: " "))]
            }, format: output)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a query's header and SQL.")
        @OptionGroup var library: Library
        @Argument(help: "The query's name.") var name: String

        func run() throws {
            let query = try library.load().query(name)
            Console.line("-- \(query.origin)")
            Console.out(query.sql.hasSuffix("\n") ? query.sql : query.sql + "\n")
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run a named query (read-only).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var library: Library
        @OptionGroup var output: FormatOptions
        @OptionGroup var options: QueryOptions
        @Argument(help: "The query's name.") var name: String

        func run() throws {
            let query = try library.load().query(name)
            try options.run(query.sql, bindings: try query.bindings(options.parameters()), database: global.databasePath, output: output)
        }
    }
}
