import Foundation
@testable import PlanCore
import SQLiteDB
import Testing

/// Issue 26: the CSV writer and the figure printer work over UTF-8 bytes for speed, and must give
/// the bytes the String-based code gave. Each is compared with that code, kept here as it was,
/// on many generated values made of the pieces that matter: quotes, commas, line breaks, formula
/// starts, and the non-ASCII characters a grapheme cluster joins to a neighbour.
@Suite struct ByteExactOutputTests {
    /// Always the same sequence, so that a failure can be run again.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    static let pieces = [
        "a", "Z", "1", "0", ".", " ", "漢", "課", "（", "\"", ",", "\r", "\n", "\r\n", "\t", "=", "+", "-", "@", "'",
        "\u{301}", "\u{3099}", "\u{600}", "\u{200D}", "😀", "👍🏽", "ｶ",
    ]

    func text(_ generator: inout Generator) -> String {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
    }

    func value(_ generator: inout Generator) -> Value {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: return .null
        case 1: return .integer(Int64.random(in: -100_000...100_000, using: &generator))
        case 2: return .real([-0.5, 95.1, 1e-7, 500000, .infinity, .nan, -1234.25].randomElement(using: &generator)!)
        case 3: return .blob(Data([0x00, 0x22, 0x2C, 0xFF].shuffled(using: &generator)))
        default: return .text(text(&generator))
        }
    }

    /// CellText.csvField, the String writer's quoting, as it was (with every quote doubled scalar
    /// by scalar, as it was fixed before CSVBuffer replaced it).
    static func stringField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var field = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { field.unicodeScalars.append(scalar) }
            field.unicodeScalars.append(scalar)
        }
        return field + "\""
    }

    /// RowWriter's CSV row before CSVBuffer: a String per cell, joined.
    static func stringLine(_ values: [Value], neutralize: Bool) -> String {
        values.map { value in
            let text = CellText.plain(value)
            if neutralize, case .text = value { return Self.stringField(CellText.neutralizingFormula(text)) }
            return Self.stringField(text)
        }.joined(separator: ",") + "\r\n"
    }

    @Test func csvRowsAreTheStringWritersBytes() {
        var generator = Generator(state: 26)
        for neutralize in [false, true] {
            let columns = (0..<4).map { _ in text(&generator) }
            let rows = (0..<5_000).map { _ in (0..<4).map { _ in value(&generator) } }
            let expected = ([Self.stringLine(columns.map(Value.text), neutralize: neutralize)] + rows.map { Self.stringLine($0, neutralize: neutralize) }).joined()
            let written = RowWriter.render(format: .csv, columns: columns, rows: rows, options: OutputOptions(neutralizeFormulas: neutralize))
            #expect(Array(written.utf8) == Array(expected.utf8), "neutralize: \(neutralize)")
        }
    }

    /// A quote joined to a combining mark is a quote all the same: doubled, so that the field
    /// ends where it should (the Character-based replacement left it single).
    @Test func everyQuoteIsDoubledEvenBesideACombiningMark() {
        let text = "a\"\u{301}b,\"c\u{3099}\""
        let expected = "\"a\"\"\u{301}b,\"\"c\u{3099}\"\"\""
        #expect(Self.stringField(text) == expected)
        #expect(RowWriter.render(format: .csv, columns: ["x"], rows: [[.text(text)]], options: OutputOptions()) == "x\r\n" + expected + "\r\n")
    }

    /// FigureText.recorded before it read bytes: Characters and Substrings.
    static func characterRecorded(_ text: String, unit: String = "") -> String {
        guard DecimalText.isPlain(text) || DecimalText.isGrouped(text) else { return text }
        var whole = Substring(text)
        var sign = ""
        if whole.hasPrefix("-") {
            sign = "-"
            whole = whole.dropFirst()
        }
        var fraction: Substring = ""
        if let dot = whole.firstIndex(of: ".") {
            fraction = whole[dot...]
            whole = whole[..<dot]
        }
        var digits = whole.filter { $0 != "," }
        while digits.count > 1, digits.hasPrefix("0") { digits.removeFirst() }
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return sign + grouped + fraction + unit
    }

    @Test func figuresAreTheCharacterPrintersBytes() {
        var generator = Generator(state: 23)
        let pieces = ["0", "0", "1", "5", "9", "123", "000", ",", ",", ".", "-", "\u{301}", "１", "e"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(FigureText.recorded(text, unit: "千円") == Self.characterRecorded(text, unit: "千円"), "\(text)")
        }
        for value in [0, -0.004, 0.005, 999.994, 1000, 1234.5, -987654.321, 1e15, 1e21, -1e-9] {
            let rounded = abs(value) >= 1000 ? value.rounded() : (value * 100).rounded() / 100
            #expect(FigureText.computed(value) == Self.characterRecorded(CellText.realText(rounded == 0 ? 0 : rounded)), "\(value)")
        }
    }
}

extension ByteExactOutputTests {
    /// Target values of plain digits are read without Double(String): the same doubles, to the bit.
    @Test func targetValuesAreTheDoublesStrtodGives() {
        var generator = Generator(state: 53)
        let pieces = ["0", "1", "5", "9", "7", "3", ".", "000", "123456789", "e", "-"]
        for _ in 0..<20_000 {
            let value = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let text = "2023:\(value)件:\(value)\n2025:x:\(value)"
            let fast = SnapshotDocument.parseTargets(text).map { "\($0.year)|\($0.text)|\(($0.value?.bitPattern).map(String.init) ?? "nil")" }
            let slow = SnapshotDocument.parseTargetCharacters(text).map { "\($0.year)|\($0.text)|\(($0.value?.bitPattern).map(String.init) ?? "nil")" }
            #expect(fast == slow, "\(value)")
        }
    }
}
