import ArgumentParser
import Foundation
import PlanCore

struct SqlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement against the reporting views (v_*) or any table.",
        discussion: """
            The database cannot be changed through this command. Examples:
              plandb sql "SELECT indicator_code, name FROM v_indicators WHERE is_kpi = 1"
              plandb sql -p year 2023 "SELECT * FROM v_indicator_results WHERE fiscal_year = :year"
              echo "SELECT count(*) FROM v_initiatives" | plandb sql -
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions

    @Argument(help: "The SQL, or - to read it from standard input.")
    var sql: String

    func run() throws {
        var text = sql
        if sql == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PlanError("no SQL given", advice: "write the statement after `plandb sql`, or - to read it from standard input")
        }
        let bindings = query.parameters().mapValues(ReadOnlySQL.typedValue)
        try query.run(text, bindings: bindings, database: global.databasePath, output: output)
    }
}
