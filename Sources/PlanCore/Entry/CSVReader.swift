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
    private var fields: [String] = []
    private var field = ""
    private var inQuotes = false
    private var afterQuote = false
    /// A quote inside quotes whose meaning ("" or closing) depends on the next character.
    private var quotePending = false
    /// A CR whose LF may come in the next piece.
    private var crPending = false
    private var line = 1
    private var recordLine = 1
    private let body: (CSVRecord) throws -> Void

    public init(_ body: @escaping (CSVRecord) throws -> Void) { self.body = body }

    public mutating func feed(_ text: String) throws {
        for scalar in text.unicodeScalars { try take(scalar) }
    }

    public mutating func finish() throws {
        if quotePending {
            quotePending = false
            inQuotes = false
            afterQuote = true
        }
        if crPending { crPending = false; return }
        if inQuotes {
            throw PlanError("line \(recordLine): a quoted cell is never closed", advice: "check the cell that starts on that line, or save the file again from Excel")
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote { try endRecord() }
    }

    private mutating func endField() {
        fields.append(field)
        field = ""
        afterQuote = false
    }

    private mutating func endRecord() throws {
        endField()
        let record = CSVRecord(line: recordLine, fields: fields)
        fields = []
        try body(record)
    }

    private mutating func take(_ scalar: Unicode.Scalar) throws {
        if crPending {
            crPending = false
            if scalar == "\n" { return }
        }
        if quotePending {
            quotePending = false
            if scalar == "\"" {
                field.unicodeScalars.append("\"")
                return
            }
            inQuotes = false
            afterQuote = true
        }
        if inQuotes {
            if scalar == "\"" {
                quotePending = true
            } else {
                if scalar == "\n" { line += 1 }
                field.unicodeScalars.append(scalar)
            }
            return
        }
        switch scalar {
        case "\"" where field.isEmpty && !afterQuote:
            inQuotes = true
        case ",":
            endField()
        case "\r", "\n":
            try endRecord()
            line += 1
            recordLine = line
            crPending = scalar == "\r"
        default:
            if afterQuote {
                throw PlanError("line \(line): text after a closing quote", advice: "a quoted cell must end with its quote; save the file again from Excel")
            }
            field.unicodeScalars.append(scalar)
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
