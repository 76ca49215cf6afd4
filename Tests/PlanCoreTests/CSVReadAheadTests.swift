import Foundation
@testable import PlanCore
import TestSupport
import Testing

/// A CSV read on a second thread gives exactly what the parser gives on the caller's: the same
/// records in the same order, the same error after the same records, and it stops when the
/// caller stops.
@Suite struct CSVReadAheadTests {
    let folder: TemporaryFolder
    /// 30,000 records over several 1 MiB chunks and many batches, with quoted commas, doubled
    /// quotes and a line break inside a quoted cell.
    let text: String

    init() throws {
        folder = try TemporaryFolder()
        var lines = ["年度,区分,コード,名称,実績値"]
        for n in 0..<30_000 { lines.append("2027,実績値,6-7-I\(n),\"指標, \"\"第\(n)\"\"\n二行目\",\(n).10") }
        text = lines.joined(separator: "\r\n") + "\r\n"
    }

    func file(_ data: Data) throws -> String {
        let path = folder.path("entry-\(UUID().uuidString).csv")
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func recordsArriveInFileOrderAsTheParserReadsThem() throws {
        let path = try file(Data(text.utf8))
        var read: [CSVRecord] = []
        let encoding = try CSVReadAhead.forEachRecord(ofFile: path, prepare: { $0 }) { read.append($0) }
        #expect(encoding == .utf8)
        #expect(read == (try CSVReader.records(text)))
        #expect(read.count == 30_001)
        #expect(read[30_000] == CSVRecord(line: 60_000, fields: ["2027", "実績値", "6-7-I29999", "指標, \"第29999\"\n二行目", "29999.10"]))
    }

    /// `prepare` runs on the reading thread; what it makes is what the caller gets.
    @Test func eachRecordIsPreparedBeforeItIsHandedOn() throws {
        let path = try file(Data(text.utf8))
        var lines: [Int] = []
        _ = try CSVReadAhead.forEachRecord(ofFile: path, prepare: { (line: $0.line, onCaller: Thread.isMainThread) }) {
            #expect(!$0.onCaller)
            lines.append($0.line)
        }
        #expect(lines == [1] + (0..<30_000).map { 2 + 2 * $0 })
    }

    /// Bytes that are neither UTF-8 nor CP932 after 2 MiB of text: every record before the
    /// chunk that holds them is handed on, then the file is refused as the parser refuses it.
    @Test func aReadingErrorComesAfterTheRecordsBeforeIt() throws {
        let data = Data(text.utf8) + Data([0xFF, 0xFF, 0xFF])
        let path = try file(data)
        var direct = 0
        var parser = CSVParser { _ in direct += 1 }
        let expected = planError { _ = try TextDecoding.forEachChunk(ofFile: path) { try parser.feed($0) } }
        var ahead = 0
        let refused = planError { _ = try CSVReadAhead.forEachRecord(ofFile: path, prepare: { $0 }) { _ in ahead += 1 } }
        #expect(refused?.text(.en) == "the file is neither UTF-8 nor Shift_JIS (CP932) text\nin Excel, save it as 「CSV UTF-8 (コンマ区切り)」 or 「CSV (コンマ区切り)」")
        #expect(refused?.text(.en) == expected?.text(.en))
        #expect(ahead == direct)
        #expect(ahead > 0)
    }

    @Test func aQuoteLeftOpenIsRefusedAfterTheWholeFile() throws {
        let path = try file(Data((text + "2027,実績値,\"6-7-I1,1\r\n").utf8))
        var count = 0
        let refused = planError { _ = try CSVReadAhead.forEachRecord(ofFile: path, prepare: { $0 }) { _ in count += 1 } }
        #expect(refused?.message.key == "entry.csv.unclosed_quote")
        #expect(count == 30_001)
    }

    /// The caller's error ends the reading: it is rethrown as it was, the reading thread has
    /// stopped (the next read of the same file is not held up) and nothing after it is handed on.
    @Test func theCallersErrorStopsTheReading() throws {
        struct Enough: Error, Equatable {}
        let path = try file(Data(text.utf8))
        for stopAt in [1, 300, 29_000] {
            var seen = 0
            #expect(throws: Enough()) {
                _ = try CSVReadAhead.forEachRecord(ofFile: path, prepare: { $0 }) { _ in
                    seen += 1
                    if seen == stopAt { throw Enough() }
                }
            }
            #expect(seen == stopAt)
        }
    }

    @Test func anEmptyFileHasNoRecords() throws {
        let path = try file(Data())
        var count = 0
        #expect(try CSVReadAhead.forEachRecord(ofFile: path, prepare: { $0 }) { _ in count += 1 } == .utf8)
        #expect(count == 0)
    }

    @Test func aMissingFileIsRefusedByName() throws {
        let path = folder.path("missing.csv")
        let refused = planError { _ = try CSVReadAhead.forEachRecord(ofFile: path, prepare: { $0 }) { _ in } }
        #expect(refused?.message.key == "entry.file.unreadable")
    }
}
