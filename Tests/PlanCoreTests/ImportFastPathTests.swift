import Foundation
@testable import PlanCore
import TestSupport
import Testing

/// An import reads a million cells through byte-level shortcuts; each must answer as the slow
/// path, Characters and all, does at its edges.
@Suite struct ImportFastPathTests {
    @Test(arguments: [
        ("実績値", "実績値"), ("　実績値　", "実績値"), (" 95.10 ", "95.10"), ("値\u{3000}", "値"), ("値\u{00A0}", "値"), ("\t指標1-1-1\r\n", "指標1-1-1"),
        // A combining mark makes one character with the space before it: still white space.
        ("値 \u{301}", "値"), ("\u{3000}\u{3099}値", "値"), ("カタカナ ", "カタカナ"), ("ｶﾀｶﾅ", "ｶﾀｶﾅ"), ("\u{3000}", ""), ("", ""),
    ])
    func cellsAreTrimmedAsCharactersAre(cell: String, trimmed: String) {
        #expect(cell.trimmed == trimmed)
    }

    @Test func blankCellsAreEmptyOrWhiteSpaceOnly() {
        #expect("".isBlank && " ".isBlank && "\u{3000}\t".isBlank && "\u{2003}\u{00A0}".isBlank && "\r\n".isBlank)
        #expect(!"2023".isBlank && !"実績値".isBlank && !"\u{3000}値".isBlank && !" a".isBlank && !"𠮷".isBlank)
    }

    @Test func aByteOrderMarkIsFoundAndLookAlikeBytesAreNot() {
        #expect(EntryImport.holdsByteOrderMark("\u{FEFF}2023"))
        #expect(EntryImport.holdsByteOrderMark("20\u{FEFF}23"))
        // U+FF71 (EF BD B1) and U+FFEF (EF BF AF) start with the same byte as U+FEFF (EF BB BF).
        #expect(!EntryImport.holdsByteOrderMark("ｱ２０２３\u{FFEF}"))
        #expect(!EntryImport.holdsByteOrderMark("2023"))
    }

    @Test func aDecimalPointIsFoundAsAByteButOnlyAsACharacterCounts() {
        #expect(DecimalText.isPlain("95.10") && DecimalText.isPlain("-0.5") && DecimalText.isPlain("1000"))
        #expect(!DecimalText.isPlain("1.\u{301}5") && !DecimalText.isPlain("1.2.3") && !DecimalText.isPlain("5.") && !DecimalText.isPlain(".5"))
        #expect(DecimalText.isPlain("-5") && !DecimalText.isPlain("-\u{301}5") && !DecimalText.isPlain("-\u{301}5.0") && !DecimalText.isPlain("-.5") && !DecimalText.isPlain("--5"))
    }

    @Test func fullWidthAndGroupedValuesStillParse() throws {
        #expect(try ValueParser.parse("１，２３４．５０", unit: "件") == TypedNumber(text: "1234.50", value: 1234.5))
        #expect(try ValueParser.parse("　９５．１０　", unit: "％") == TypedNumber(text: "95.10", value: 95.1))
        let refused = planError { _ = try ValueParser.parse("９５．１０円", unit: "％") }
        #expect(refused?.message == .valueNotANumber("９５．１０円", unit: "％"))
        #expect(refused?.advice == .valueExample(unit: "％"))
    }

    @Test func aRateOverAHundredIsDoubtedWhateverWidthItsUnitIsTypedIn() {
        let plan = PlanValues(baseline: 50, targetMin: 60, targetMax: 90, targetSmallest: 60, targetLargest: 90)
        for unit in ["%", "％", " ％ "] {
            let doubt = planError { try ValueParser.check(TypedNumber(text: "120", value: 120), unit: unit, against: plan, confirmed: false) }
            #expect(doubt?.message == .valueOverHundredPercent("120"), "unit \(unit)")
        }
        #expect(planError { try ValueParser.check(TypedNumber(text: "100", value: 100), unit: "％", against: plan, confirmed: false) } == nil)
    }

    @Test func columnsAreFoundByPosition() {
        let positions = ColumnPositions([.code: 2, .year: 0, .note: 12])
        #expect(positions[.code] == 2 && positions[.year] == 0 && positions[.note] == 12)
        #expect(positions[.kind] == nil && positions[.value] == nil)
    }

    /// Runs of plain bytes are copied whole: what ends them must still be read as before.
    @Test(arguments: [
        ("a\"b,c\r\n", [["a\"b", "c"]]), ("\"多,\r\n行\"\"x\"\"\",e\n", [["多,\r\n行\"x\"", "e"]]), ("実績値,,\r\r\n値", [["実績値", "", ""], [""], ["値"]]),
    ])
    func csvRunsEndWhereTheStateMachineMustLook(csv: String, fields: [[String]]) throws {
        #expect(try CSVReader.records(csv).map(\.fields) == fields)
        // Fed one scalar at a time, every run ends at a piece's end too.
        var records: [[String]] = []
        var parser = CSVParser { records.append($0.fields) }
        for scalar in csv.unicodeScalars { try parser.feed(String(scalar)) }
        try parser.finish()
        #expect(records == fields)
    }

    @Test func textAfterAClosingQuoteIsStillRefused() {
        let refused = planError { _ = try CSVReader.records("a,\"b\"x,c\r\n") }
        #expect(refused?.message == .entryTextAfterQuote(line: 1))
        #expect(refused?.advice == .entryTextAfterQuoteAdvice)
    }
}
