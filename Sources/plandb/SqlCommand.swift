import ArgumentParser
import Foundation
import PlanCore

struct SqlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: Message.helpSqlAbstract.text(),
        discussion: Message.helpSqlDiscussion.text())

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var query: QueryOptions

    @Argument(help: ArgumentHelp(Message.helpSqlArgument.text()))
    var sql: String

    func run() throws {
        var text = sql
        if sql == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PlanError(.sqlNoStatement, advice: .sqlNoStatementAdvice)
        }
        let bindings = query.parameters().mapValues(ReadOnlySQL.typedValue)
        try query.run(text, bindings: bindings, database: global.databasePath, output: output)
    }
}
