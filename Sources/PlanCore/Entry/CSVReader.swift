/// One CSV record and the line of the file it starts on (1 = the header), as a spreadsheet
/// numbers its rows when no cell spans lines.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
}

/// RFC 4180 reading, tolerant of what Excel writes: CRLF or LF, quoted fields with commas,
/// doubled quotes and line breaks, and a last line with or without its line break.
public enum CSVReader {
    public static func records(_ text: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(text) { records.append($0) }
        return records
    }

    /// Hands each record to `body` as soon as it is read, so a large file is never held as a
    /// list of records.
    public static func forEachRecord(_ text: String, _ body: (CSVRecord) throws -> Void) throws {
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(field)
            field = ""
            afterQuote = false
        }
        func endRecord() throws {
            endField()
            try body(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; afterQuote = true; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
            case ",":
                endField()
            case "\r":
                if let next = scalars.next(), next != "\n" { pending = next }
                try endRecord()
                line += 1
                recordLine = line
            case "\n":
                try endRecord()
                line += 1
                recordLine = line
            default:
                if afterQuote {
                    throw PlanError("line \(line): text after a closing quote", advice: "a quoted cell must end with its quote; save the file again from Excel")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes {
            throw PlanError("line \(recordLine): a quoted cell is never closed", advice: "check the cell that starts on that line, or save the file again from Excel")
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote { try endRecord() }
    }
}
