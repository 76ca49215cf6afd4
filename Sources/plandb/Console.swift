import Foundation
import PlanCore
import SQLiteDB

/// Standard output and standard error. Output is buffered and flushed in large writes, so that
/// printing a large result costs little; `error:` lines go straight to standard error.
enum Console {
    nonisolated(unsafe) private static var buffer = Data()

    static func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// A line for a person to read: control characters in it are shown, not obeyed.
    static func line(_ text: String = "") { out(TerminalText.visible(text) + "\n") }

    /// A catalog message on its own line, in the user's language.
    static func line(_ message: Message) { line(message.text()) }

    /// `warning: …` on standard error, in the user's language.
    static func warn(_ message: Message) { err("warning: " + message.text()) }

    static func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// A message on standard error; control characters in it (from a quoted value) are shown.
    static func err(_ text: String) {
        flush()
        let text = TerminalText.visible(text)
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes `rows` in the chosen format; `headings` (from the catalog) stand above a table for
    /// people, while csv/json keep the column keys.
    static func rows(_ columns: [String], _ rows: [[Value]], format: FormatOptions, headings: [Message]? = nil) {
        let writer = RowWriter(format: format.format, columns: columns, headings: headings?.map { $0.text() }, options: format.options, write: out)
        rows.forEach(writer.add)
        writer.finish()
        if let notice = writer.notice { err(notice.text()) }
    }

    /// The text printed for an error that reaches the top: `error: …` and what to do next.
    static func describe(_ error: Error) -> String {
        switch error {
        case let error as PlanError:
            return "error: " + error.description
        case let error as SQLiteError:
            return "error: " + PlanError(sqlite: error).description
        default:
            return "error: \(error)"
        }
    }
}
