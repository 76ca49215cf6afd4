import ArgumentParser
import Foundation
import PlanCore
import SQLiteDB

/// Parameters and the time limit shared by `sql` and `query run`. On the command line a
/// parameter is `-p NAME VALUE` (DESIGN.md); main.swift turns it into `--param NAME=VALUE`,
/// which is also accepted as typed.
struct QueryOptions: ParsableArguments {
    @Option(name: .customLong("param"), help: ArgumentHelp(Message.helpOptionParameter.text(), valueName: "name=value"))
    var params: [String] = []

    @Option(name: .long, help: ArgumentHelp(Message.helpOptionTimeout.text()))
    var timeout: Double = 10

    // Checked here, before run(), so that a mistake is printed with the subcommand's usage.
    func validate() throws {
        guard timeout > 0 else { throw ValidationError(Message.sqlTimeoutNotPositive.text()) }
        guard timeout <= 86_400 else { throw ValidationError(Message.sqlTimeoutTooLong.text()) }
        for param in params {
            guard let equals = param.firstIndex(of: "="), equals != param.startIndex else {
                throw ValidationError(Message.sqlParameterNeedsValue.text())
            }
        }
    }

    func parameters() -> [String: String] {
        var result: [String: String] = [:]
        for param in params {
            guard let equals = param.firstIndex(of: "=") else { continue }
            result[String(param[..<equals]).trimmingCharacters(in: CharacterSet(charactersIn: ":@$"))] = String(param[param.index(after: equals)...])
        }
        return result
    }

    /// Runs the statement and streams its rows in the chosen format.
    func run(_ sql: String, bindings: [String: Value], database: String, output: FormatOptions) throws {
        let reader = try ReadOnlySQL(path: database)
        // SQLite checks the time limit between the steps of a statement, and one function call
        // can loop far longer inside (printf('%.*c', 2e9, 'a')). Past the limit and a grace
        // period the process ends: its connection only reads, so there is nothing to undo.
        let message = Console.describe(ReadOnlySQL.timedOut(timeout))
        let watchdog = DispatchWorkItem {
            FileHandle.standardError.write(Data((message + "\n").utf8))
            _exit(1)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout + 0.5, execute: watchdog)
        defer { watchdog.cancel() }
        var writer: RowWriter?
        do {
            try reader.run(sql, parameters: bindings, timeout: timeout, columns: { columns in
                writer = RowWriter(format: output.format, columns: columns, options: output.options, write: Console.out)
            }, row: { row in writer?.add(row) })
        } catch {
            // The rows read before the error (a time limit, a failing function) are still printed.
            writer?.flush()
            throw error
        }
        writer?.finish()
        if let notice = writer?.notice { Console.err(notice.text()) }
    }
}
