/// One CSV record and the line of the file it starts on (1 = the header), as a spreadsheet
/// numbers its rows when no cell spans lines.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// RFC 4180 reading, tolerant of what Excel writes: CRLF or LF, quoted fields with commas,
/// doubled quotes and line breaks, and a last line with or without its line break. Text can
/// be fed in pieces (a file read a chunk at a time); each record goes to `body` as soon as it
/// is complete, so a large file is never held whole.
public struct CSVParser {
    // The parser walks UTF-8 bytes: every delimiter is ASCII, and no byte of a multi-byte
    // character is, so bytes are copied into the field and decoded once per field. (Walking
    // Unicode scalars and appending them to a String cost a third of an import.)
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var fieldHasContent = false
    private var inQuotes = false
    private var afterQuote = false
    /// A quote inside quotes whose meaning ("" or closing) depends on the next byte.
    private var quotePending = false
    /// A CR whose LF may come in the next piece.
    private var crPending = false
    private var line = 1
    private var recordLine = 1
    private let body: (CSVRecord) throws -> Void

    public init(_ body: @escaping (CSVRecord) throws -> Void) { self.body = body }

    public mutating func feed(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                // Between delimiters nothing but the field changes: such a run of bytes is copied
                // in one go, and only the byte that ends it goes through the state machine.
                let end = runEnd(bytes, from: index)
                if end > index {
                    field.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    fieldHasContent = true
                    index = end
                    continue
                }
                try take(bytes[index])
                index += 1
            }
        }
    }

    /// Where the run of plain field bytes from `start` ends: at a quote, or a line break, or
    /// outside quotes a comma; at `start` itself while a CR or quote waits for its next byte or
    /// a quoted field has closed (only a delimiter may follow).
    private func runEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard !crPending, !quotePending, !afterQuote else { return start }
        var end = start
        if inQuotes {
            while end < bytes.count, bytes[end] != Self.quote, bytes[end] != Self.lf { end += 1 }
        } else {
            while end < bytes.count, bytes[end] != Self.quote, bytes[end] != Self.comma, bytes[end] != Self.cr, bytes[end] != Self.lf { end += 1 }
        }
        return end
    }

    public mutating func finish() throws {
        if quotePending {
            quotePending = false
            inQuotes = false
            afterQuote = true
        }
        if crPending { crPending = false; return }
        if inQuotes {
            throw PlanError(.entryUnclosedQuote(line: recordLine), advice: .entryUnclosedQuoteAdvice)
        }
        if fieldHasContent || !fields.isEmpty || afterQuote { try endRecord() }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldHasContent = false
        afterQuote = false
    }

    private mutating func endRecord() throws {
        endField()
        let record = CSVRecord(line: recordLine, fields: fields)
        fields.removeAll(keepingCapacity: true)
        try body(record)
    }

    private mutating func append(_ byte: UInt8) {
        field.append(byte)
        fieldHasContent = true
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    private mutating func take(_ byte: UInt8) throws {
        if crPending {
            crPending = false
            if byte == Self.lf { return }
        }
        if quotePending {
            quotePending = false
            if byte == Self.quote {
                append(Self.quote)
                return
            }
            inQuotes = false
            afterQuote = true
        }
        if inQuotes {
            if byte == Self.quote {
                quotePending = true
            } else {
                if byte == Self.lf { line += 1 }
                append(byte)
            }
            return
        }
        switch byte {
        case Self.quote where !fieldHasContent && !afterQuote:
            inQuotes = true
            fieldHasContent = true
        case Self.comma:
            endField()
        case Self.cr, Self.lf:
            try endRecord()
            line += 1
            recordLine = line
            crPending = byte == Self.cr
        default:
            if afterQuote {
                throw PlanError(.entryTextAfterQuote(line: line), advice: .entryTextAfterQuoteAdvice)
            }
            append(byte)
        }
    }
}

public enum CSVReader {
    public static func records(_ text: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(text) { records.append($0) }
        return records
    }

    /// Every record of a whole text, one at a time.
    public static func forEachRecord(_ text: String, _ body: (CSVRecord) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            var parser = CSVParser(body)
            try parser.feed(text)
            try parser.finish()
        }
    }
}
