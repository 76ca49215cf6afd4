/// The one rule for a text a person enters (a note, 実績, 課題, a comment), the same at every way
/// in: `record`, the CSV, the workbook and the API. A text is kept with its line breaks as LF,
/// without white space around it, and no longer than `limit` characters; so "untouched means no
/// change" holds whichever way a text went in and came back.
public enum EntryText {
    /// The most characters an entered text may have: room for a page of 実績 and far below
    /// Excel's 32,767 a cell can hold, so every stored text fits in the workbooks. The server's
    /// JSON limit is the same number.
    public static let limit = 4000

    /// CRLF and CR as LF, then trimmed (spaces, tabs, line breaks, the ideographic space).
    public static func normalize(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text.trimmed }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").trimmed
    }

    /// The text as stored, or a refusal naming the field when it is over `limit`.
    static func checked(_ text: String, field: String) throws -> String {
        let text = normalize(text)
        if let error = tooLong(text, field: field) { throw error }
        return text
    }

    /// The refusal of a (normalised) text over `limit`, naming its field (`note`, `result`, …).
    static func tooLong(_ text: String, field: String) -> PlanError? {
        // Counting characters walks the text: only a text that may be over the limit is counted.
        guard text.utf8.count > limit, text.count > limit else { return nil }
        return PlanError(.entryTextTooLong(field, count: text.count, limit: limit), advice: .entryTextTooLongAdvice(limit), field: field)
    }
}
