import Foundation
import PlanCore
import TestSupport
import Testing

/// Files are decoded a chunk (1 MiB) at a time: characters split between chunks must survive.
@Suite struct TextDecodingTests {
    let folder: TemporaryFolder
    /// About 2.6 MB of mixed text, so that multi-byte characters fall on chunk boundaries.
    let text: String

    init() throws {
        folder = try TemporaryFolder()
        var lines: [String] = []
        for n in 0..<40_000 { lines.append("\(n),実績値,６－７－Ｉ\(n % 7),①髙橋の評価ｶﾀｶﾅ～,\(n).5") }
        text = lines.joined(separator: "\r\n") + "\r\n"
    }

    func decodeFile(_ data: Data) throws -> (String, TextDecoding.Encoding) {
        let path = folder.path("file.csv")
        try data.write(to: URL(fileURLWithPath: path))
        var decoded = ""
        let encoding = try TextDecoding.forEachChunk(ofFile: path) { decoded += $0 }
        return (decoded, encoding)
    }

    @Test func utf8WithBOMAcrossChunks() throws {
        let (decoded, encoding) = try decodeFile(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(encoding == .utf8)
        #expect(decoded == text)
    }

    @Test func cp932AcrossChunks() throws {
        let (decoded, encoding) = try decodeFile(try cp932(text))
        #expect(encoding == .cp932)
        #expect(decoded == text)
    }

    /// An entry sheet's 年度 is read from its first row, in either encoding, with a BOM, without
    /// a last line break, however long the row.
    @Test func theYearOfACSVIsReadFromItsStart() throws {
        let sheet = "年度,区分,コード,実績値\r\n" + (0..<20_000).map { "2027,実績値,6-7-I\($0),1" }.joined(separator: "\r\n") + "\r\n"
        func year(_ data: Data) throws -> Int? {
            let path = folder.path("sheet.csv")
            try data.write(to: URL(fileURLWithPath: path))
            return EntryFileIdentity.read(path).year
        }
        #expect(sheet.utf8.count > 64 << 10)
        #expect(try year(Data([0xEF, 0xBB, 0xBF]) + Data(sheet.utf8)) == 2027)
        #expect(try year(try cp932(sheet.replacingOccurrences(of: "2027,", with: "令和9年度,"))) == 2027)
        #expect(try year(Data("年度,区分\n2026,実績値".utf8)) == 2026)
        #expect(try year(Data(("年度,区分,備考\n2026,実績値," + String(repeating: "あ", count: 400_000) + "\n").utf8)) == 2026)
        #expect(try year(Data(("年度,区分,備考\n2026,実績値," + String(repeating: "あ", count: 400_000)).utf8)) == 2026)
    }

    /// One pass: a file read as UTF-8 becomes CP932 at its first sequence that is not UTF-8,
    /// losing nothing while all before was ASCII; after UTF-8 text it is neither.
    @Test func asciiThenCP932IsCP932AndUTF8ThenCP932IsNeither() throws {
        let ascii = String(repeating: "2027,1-1-I1,100\r\n", count: 150_000)
        #expect(ascii.utf8.count > 2 * (1 << 20))
        let (decoded, encoding) = try decodeFile(Data(ascii.utf8) + (try cp932(text)))
        #expect(encoding == .cp932)
        #expect(decoded == ascii + text)
        let refused = planError { _ = try decodeFile(Data(text.utf8) + (try cp932(text))) }
        #expect(refused?.text(.en) == "the file is neither UTF-8 nor Shift_JIS (CP932) text\nin Excel, save it as 「CSV UTF-8 (コンマ区切り)」 or 「CSV (コンマ区切り)」")
    }

    @Test func bytesThatAreNeitherAreRefused() throws {
        let refused = planError { _ = try decodeFile(Data(text.utf8) + Data([0xFF, 0xFF, 0xFF])) }
        #expect(refused?.text(.en) == "the file is neither UTF-8 nor Shift_JIS (CP932) text\nin Excel, save it as 「CSV UTF-8 (コンマ区切り)」 or 「CSV (コンマ区切り)」")
        #expect(refused?.text(.ja) == "ファイルが UTF-8 のテキストでも Shift_JIS（CP932）のテキストでもありません。\nExcel で「CSV UTF-8 (コンマ区切り)」か「CSV (コンマ区切り)」の形式で保存してください。")
    }

    @Test func csvRecordsSurviveBeingFedInPieces() throws {
        let csv = "a,\"b,\"\"c\"\"\",d\r\n\"多\r\n行\",e,\r\nlast,line"
        let whole = try CSVReader.records(csv)
        #expect(whole == [
            CSVRecord(line: 1, fields: ["a", "b,\"c\"", "d"]), CSVRecord(line: 2, fields: ["多\r\n行", "e", ""]), CSVRecord(line: 4, fields: ["last", "line"]),
        ])
        // Every split point, between CR and LF too, gives the same records.
        let scalars = csv.unicodeScalars
        for split in scalars.indices {
            var records: [CSVRecord] = []
            var parser = CSVParser { records.append($0) }
            try parser.feed(String(scalars[..<split]))
            try parser.feed(String(scalars[split...]))
            try parser.finish()
            #expect(records == whole, "split at \(scalars.distance(from: scalars.startIndex, to: split))")
        }
    }
}
