import SQLiteDB

/// CSV lines built as UTF-8 bytes in one buffer, handed on as text in blocks: each cell
/// `CellText.neutralizingFormula(plain(value))`, quoted (RFC 4180: every quote doubled) when it
/// holds a comma, a quote or a line break. This is plandb's one CSV writer; it replaced a String
/// per cell, a String append per piece and a String per line, which were most of RowWriter's time
/// in a large export (ByteExactOutputTests keeps that writer to compare against).
struct CSVBuffer {
    private var bytes: [UInt8] = []
    let neutralizeFormulas: Bool
    /// How many bytes make a block worth handing on.
    static let blockSize = 1 << 16

    init(neutralizeFormulas: Bool) {
        self.neutralizeFormulas = neutralizeFormulas
        bytes.reserveCapacity(Self.blockSize + 4096)
    }

    var isFull: Bool { bytes.count >= Self.blockSize }
    var isEmpty: Bool { bytes.isEmpty }

    /// Adds the line for `values`, ended by CRLF.
    mutating func add(_ values: [Value]) {
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(comma) }
            append(value)
        }
        bytes.append(cr)
        bytes.append(lf)
    }

    /// The lines added so far, as text; the buffer is emptied and keeps its capacity.
    mutating func take() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func append(_ value: Value) {
        switch value {
        case .null: break
        // A number or a blob literal (x'…') holds no comma, quote or line break, and is never
        // neutralised: it is written as it is, unscanned (a blob's literal can be megabytes).
        case .integer, .real, .blob: bytes.append(contentsOf: CellText.plain(value).utf8)
        case .text(let text): append(text, neutralize: neutralizeFormulas)
        }
    }

    private mutating func append(_ text: String, neutralize: Bool) {
        var contiguous = text
        contiguous.withUTF8 { field in
            // Only a first byte of = + - @ tab CR can start a formula (a first scalar that is one
            // of them is that byte); the dearer number check follows only then.
            let prefix = neutralize && field.first.map(startsFormula) == true && !DecimalText.isPlain(text)
            let quote = field.contains { $0 == comma || $0 == dquote || $0 == cr || $0 == lf }
            if quote { bytes.append(dquote) }
            if prefix { bytes.append(apostrophe) }
            if quote {
                for byte in field {
                    bytes.append(byte)
                    if byte == dquote { bytes.append(dquote) }
                }
                bytes.append(dquote)
            } else {
                bytes.append(contentsOf: field)
            }
        }
    }

    private func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@") || byte == 0x09 || byte == cr
    }
}

private let comma = UInt8(ascii: ","), dquote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
