import ArgumentParser
import Foundation
import PlanCore
import SQLiteDB

/// Parameters and the time limit shared by `sql` and `query run`. On the command line a
/// parameter is `-p NAME VALUE` (DESIGN.md); main.swift turns it into `--param NAME=VALUE`,
/// which is also accepted as typed.
struct QueryOptions: ParsableArguments {
    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter: -p NAME VALUE (or --param NAME=VALUE); the SQL uses :NAME.", valueName: "name=value"))
    var params: [String] = []

    @Option(name: .long, help: "Stop a query that runs longer than this many seconds.")
    var timeout: Double = 10

    func parameters() throws -> [String: String] {
        var result: [String: String] = [:]
        for param in params {
            guard let equals = param.firstIndex(of: "="), equals != param.startIndex else {
                throw ValidationError("-p needs a name and a value: -p year 2023")
            }
            result[String(param[..<equals]).trimmingCharacters(in: CharacterSet(charactersIn: ":@$"))] = String(param[param.index(after: equals)...])
        }
        return result
    }

    /// Runs the statement and streams its rows in the chosen format.
    func run(_ sql: String, bindings: [String: Value], database: String, output: FormatOptions) throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        let reader = try ReadOnlySQL(path: database)
        var writer: RowWriter?
        try reader.run(sql, parameters: bindings, timeout: timeout, columns: { columns in
            writer = RowWriter(format: output.format, columns: columns, options: output.options, write: Console.out)
        }, row: { row in writer?.add(row) })
        writer?.finish()
    }
}
