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

    func line(_ label: String, columns: [String], values: [Value]) -> String {
        let members = zip(columns, values).map { Self.string($0) + ": " + value($1) }
        return label + " {" + members.joined(separator: ", ") + "}"
    }

    func value(_ value: Value) -> String {
        switch (self, value) {
        case (_, .null): return "null"
        case (_, .integer(let v)): return String(v)
        case (_, .text(let v)): return Self.string(v)
        case (.v1, .real(let v)): return v.isFinite ? Self.v1Real(v) : "null"
        case (.v1, .blob(let v)): return Self.string(v.base64EncodedString())
        case (.v2, .real(let v)): return "{\"real\": \"" + String(format: "%016llx", v.bitPattern) + "\"}"
        case (.v2, .blob(let v)): return "{\"blob\": \"" + v.map { String(format: "%02x", $0) }.joined() + "\"}"
        }
    }

    /// Version 1's reals, as CellText printed them when it was frozen.
    static func v1Real(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// The same escaping as CellText.jsonString today, copied on purpose: the JSON output may
    /// change its escaping, a published hash must not.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
