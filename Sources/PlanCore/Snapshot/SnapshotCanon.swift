import Foundation
import SQLiteDB

/// How a snapshot's rows are spelled in the text its SHA-256 is taken of. A published hash must
/// verify for ever, so each form is frozen here, apart from the output formats (which may change):
/// a snapshot records the version it was hashed with (`snapshots.canon_version`).
///
/// Both versions write one line per row, header first: `snapshot {…}`, then `TABLE {…}` for each
/// row of snapshot_policies, snapshot_indicators and snapshot_initiatives in `seq` order. `{…}` is
/// `{"column": value, …}` with ", " and ": " between, the header's keys sorted; every line ends in
/// "\n". Text is a JSON string that escapes `"` `\` LF CR TAB U+2028 U+2029 and other controls as
/// `\u00xx`, and leaves every other character as it is (UTF-8).
enum SnapshotCanon: Int {
    /// Snapshots frozen before migration 0008. NULL and non-finite reals are `null`, and reals print
    /// like CellText (95.1, 500000): ±Inf hashes like NULL and 5.0 like 5.
    case v1 = 1
    /// Every value carries its type: `null`, an integer in decimal, a text as a JSON string, a real
    /// as `{"real": "<16 hex digits>"}` (its IEEE 754 binary64 bits, big-endian, so +Inf, -Inf,
    /// NaN, -0.0 and 0.0 all differ), a blob as `{"blob": "<hex>"}`.
    case v2 = 2

    static let current = SnapshotCanon.v2

    /// Appends one row's line (without its "\n") to `bytes`: the canonical text is written as
    /// UTF-8 bytes straight into the buffer the hash reads. Building it as Swift strings, a
    /// scalar at a time, with `String(format:)` for every real, was most of a snapshot's time
    /// beyond SQLite's copy (issue 26).
    func append(_ label: String, columns: [String], values: [Value], to bytes: inout [UInt8]) {
        bytes.append(contentsOf: label.utf8)
        bytes.append(contentsOf: " {".utf8)
        for (index, (column, value)) in zip(columns, values).enumerated() {
            if index > 0 { bytes.append(contentsOf: ", ".utf8) }
            Self.appendString(column, to: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            append(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    func append(_ value: Value, to bytes: inout [UInt8]) {
        switch (self, value) {
        case (_, .null): bytes.append(contentsOf: "null".utf8)
        case (_, .integer(let v)): bytes.append(contentsOf: String(v).utf8)
        case (_, .text(let v)): Self.appendString(v, to: &bytes)
        case (.v1, .real(let v)): bytes.append(contentsOf: (v.isFinite ? Self.v1Real(v) : "null").utf8)
        case (.v1, .blob(let v)): Self.appendString(v.base64EncodedString(), to: &bytes)
        case (.v2, .real(let v)):
            bytes.append(contentsOf: "{\"real\": \"".utf8)
            Self.appendHex(v.bitPattern, digits: 16, to: &bytes)
            bytes.append(contentsOf: "\"}".utf8)
        case (.v2, .blob(let v)):
            bytes.append(contentsOf: "{\"blob\": \"".utf8)
            for byte in v { Self.appendHex(UInt64(byte), digits: 2, to: &bytes) }
            bytes.append(contentsOf: "\"}".utf8)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `value` in lowercase hexadecimal, `digits` long (as `%016llx`, `%02x`, `%04x` print it).
    static func appendHex(_ value: UInt64, digits: Int, to bytes: inout [UInt8]) {
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            bytes.append(hexDigits[Int((value >> UInt64(shift)) & 0xF)])
        }
    }

    /// Version 1's reals, as CellText printed them when it was frozen.
    static func v1Real(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// `text` as a JSON string, in UTF-8: `"` `\\` LF CR TAB U+2028 U+2029 and the other controls
    /// escaped, every other byte copied. U+2028 and U+2029 are the only scalars escaped above
    /// U+001F; both are E2 80 A8/A9 in UTF-8, which no other scalar's bytes contain. The same
    /// escaping as CellText.jsonString today, copied on purpose: the JSON output may change its
    /// escaping, a published hash must not.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20:
                bytes.append(contentsOf: "\\u".utf8)
                appendHex(UInt64(byte), digits: 4, to: &bytes)
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9); any other E2 sequence is copied.
                guard let second = utf8.next() else {
                    bytes.append(byte)
                    continue
                }
                guard second == 0x80, let third = utf8.next() else {
                    bytes.append(byte)
                    bytes.append(second)
                    continue
                }
                switch third {
                case 0xA8: bytes.append(contentsOf: "\\u2028".utf8)
                case 0xA9: bytes.append(contentsOf: "\\u2029".utf8)
                default:
                    bytes.append(byte)
                    bytes.append(second)
                    bytes.append(third)
                }
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
