import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the cells of an .xlsx workbook as Excel and LibreOffice write it: the zip with
/// ZIPFoundation, each XML part with XMLParser. Only what an entry workbook needs: sheet names
/// and visibility, shared and inline strings, numbers with their number format, booleans and
/// the cached values of formula cells.
///
/// A workbook comes from outside, so: no part may expand past `partLimit` nor all parts
/// together past `totalLimit` (counted as bytes arrive, not only as the zip declares them), no
/// DOCTYPE or entity declaration is accepted and no external entity is resolved, and a cell
/// reference must lie within a sheet (A1…XFD1048576). Cells are kept sparsely, by position.
final class XLSXReader {
    static let partLimit = 32 << 20
    static let totalLimit = 128 << 20
    /// An entry workbook has about fifteen parts, a plan workbook about forty; a zip with more
    /// entries than this is no workbook (and reading its directory alone would take long).
    static let entryLimit = 10_000
    /// The cells merges may fill in one sheet (a merge is read as its top-left value in every
    /// cell it covers); a merge over a whole sheet is refused rather than filled.
    static let mergedCellLimit = 100_000

    struct Cell: Equatable {
        enum Content: Equatable {
            case text(String)
            case number(Double, format: String?)
            case bool(Bool)
        }
        let content: Content
    }

    struct Sheet {
        let name: String
        let path: String
        let hidden: Bool
    }

    let fileName: String
    private let archive: Archive
    private var expanded = 0
    private(set) var sheets: [Sheet] = []
    private var sharedStrings: [String] = []
    /// The number format code of each cell style (`s` attribute), in cellXfs order.
    private var styleFormats: [String?] = []

    /// True when the file starts as a zip does (`PK\u{3}\u{4}`): the workbook, not CSV.
    static func isZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)) ?? Data()
        return head == Data([0x50, 0x4B, 0x03, 0x04])
    }

    init(path: String, fileName: String) throws {
        self.fileName = fileName
        let directory = ZipDirectory.inspect(path)
        if let count = directory.entries, count > Self.entryLimit {
            throw PlanError(.workbookTooManyEntries(fileName, count: count, limit: Self.entryLimit), advice: .workbookSaveAgainAdvice)
        }
        if directory.encrypted {
            throw PlanError(.workbookZipEncrypted(fileName), advice: .workbookZipEncryptedAdvice)
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw PlanError(.workbookZipDamaged(fileName), advice: .workbookSaveAgainAdvice)
        }
        if let mimetype = archive["mimetype"] {
            var data = Data()
            _ = try? archive.extract(mimetype, skipCRC32: true) { if data.count < 200 { data.append($0) } }
            if String(decoding: data, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") {
                throw PlanError(.workbookIsODS(fileName), advice: .workbookSaveAsXLSXAdvice)
            }
        }
        let relations = try parse("xl/_rels/workbook.xml.rels", RelationsParser())
        let workbook = try parse("xl/workbook.xml", WorkbookParser())
        sheets = try workbook.sheets.map { sheet in
            guard let target = relations.targets[sheet.relation] else {
                throw damaged(.workbookSheetNoPart(sheet.name))
            }
            return Sheet(name: sheet.name, path: Self.partPath(target), hidden: sheet.hidden)
        }
        if let strings = try optionalPart(relations.byType("sharedStrings"), default: "xl/sharedStrings.xml", SharedStringsParser()) {
            sharedStrings = strings.strings
        }
        if let styles = try optionalPart(relations.byType("styles"), default: "xl/styles.xml", StylesParser()) {
            styleFormats = styles.cellFormats
        }
    }

    /// A part a workbook may do without (the shared strings, the styles), parsed when it is there.
    /// When the workbook's relations name it, it must be there: a byte flipped in the zip's
    /// directory can hide it, and a workbook read without its styles silently takes 1234.50,
    /// shown to two places, as 1234.5 (found by the byte-flip fuzz in Benchmarks/faults.sh).
    private func optionalPart<Handler: PartParser>(_ target: String?, default path: String, _ handler: Handler) throws -> Handler? {
        if let target { return try parse(Self.partPath(target), handler) }
        return archive[path] == nil ? nil : try parse(path, handler)
    }

    /// `worksheets/sheet1.xml` is relative to xl/; `/xl/worksheets/sheet1.xml` is absolute.
    static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    func damaged(_ what: Message) -> PlanError {
        PlanError(.workbookDamaged(fileName, what), advice: .workbookSaveAgainAdvice)
    }

    /// The cells of a sheet: row → column → cell, both counted from 1 as a spreadsheet shows them.
    /// A merged range reads as its top-left value in every cell it covers, as the sheet shows it.
    func cells(of sheet: Sheet) throws -> [Int: [Int: Cell]] {
        try contents(of: sheet).cells
    }

    /// A sheet's cells (merges filled as in `cells(of:)`) and the formula cells saved without a value.
    struct SheetContents {
        var cells: [Int: [Int: Cell]]
        var uncachedFormulas: [(row: Int, column: Int)]
    }

    func contents(of sheet: Sheet) throws -> SheetContents {
        let parsed = try parse(sheet.path, SheetParser(sharedStrings: sharedStrings, styleFormats: styleFormats), sheet: sheet.name)
        var cells = parsed.cells
        var filled = 0
        for merge in parsed.merges {
            let area = (merge.rows.count) * (merge.columns.count)
            filled += area
            guard filled <= Self.mergedCellLimit else {
                throw damaged(.workbookSheetProblem(sheet.name, .workbookMergeTooLarge(merge.reference, limit: Self.mergedCellLimit)))
            }
            let topLeft = cells[merge.rows.lowerBound]?[merge.columns.lowerBound]
            for row in merge.rows {
                for column in merge.columns where !(row == merge.rows.lowerBound && column == merge.columns.lowerBound) {
                    cells[row, default: [:]][column] = topLeft
                }
            }
        }
        return SheetContents(cells: cells, uncachedFormulas: parsed.uncachedFormulas)
    }

    /// Extracts one part, counting bytes as they arrive, and parses it without DTDs.
    private func parse<Handler: PartParser>(_ path: String, _ handler: Handler, sheet: String? = nil) throws -> Handler {
        guard let entry = archive[path] else { throw damaged(.workbookPartMissing(path)) }
        let tooLarge = PlanError(
            .workbookTooLarge(fileName, part: path, partMB: Self.partLimit >> 20, totalMB: Self.totalLimit >> 20),
            advice: .workbookTooLargeAdvice)
        guard entry.uncompressedSize <= UInt64(Self.partLimit), expanded + Int(entry.uncompressedSize) <= Self.totalLimit else { throw tooLarge }
        var data = Data()
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.partLimit || self.expanded + data.count > Self.totalLimit { throw tooLarge }
            }
            // ZIPFoundation computes the checksum but leaves comparing it to the caller.
            guard checksum == entry.checksum else { throw damaged(.workbookPartChecksum(path)) }
        } catch let error as PlanError {
            throw error
        } catch {
            throw damaged(.workbookPartUnextractable(path))
        }
        expanded += data.count
        if Self.declaresDTD(data) {
            throw damaged(.workbookPartDTD(path))
        }
        // FoundationXML traps (no message, no recovery) on invalid UTF-8 in an element or
        // attribute name: every part is checked to be UTF-8, as every spreadsheet program writes it.
        guard Self.isUTF8(data) else { throw damaged(.workbookPartNotUTF8(path)) }
        // Read from a stream, a chunk at a time: given the whole part at once, libxml2 refuses
        // input over 10 MB ("huge input lookup"), far below `partLimit`.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler
        let wellFormed = parser.parse()
        if let problem = handler.problem { throw damaged(sheet.map { .workbookSheetProblem($0, problem) } ?? .workbookPartProblem(path, problem)) }
        guard wellFormed else { throw damaged(.workbookPartMalformed(path)) }
        return handler
    }

    /// True when `data` is valid UTF-8 (a UTF-8 byte order mark allowed).
    static func isUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
    }

    /// `<!DOCTYPE` or `<!ENTITY` anywhere: refused before the XML parser sees them, so no entity
    /// is ever declared, let alone expanded.
    /// One pass over the bytes, looking only after each `<!`: Foundation's `Data.range(of:)`,
    /// once per marker, was a thirtieth of loading a plan workbook.
    static func declaresDTD(_ data: Data) -> Bool {
        let markers = ["DOCTYPE", "ENTITY", "doctype", "entity"].map { Array($0.utf8) }
        return data.withUnsafeBytes { bytes in
            var index = 0
            while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
                index = open + 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: "!") else { continue }
                let rest = bytes[(index + 1)...]
                if markers.contains(where: { rest.starts(with: $0) }) { return true }
            }
            return false
        }
    }
}

/// A SAX handler for one part; `problem` is set when the part is not what it should be.
/// Subclasses see element names without a namespace prefix (`x:c` is `c`: some writers
/// prefix SpreadsheetML). The delegate methods live here, not in the subclasses: on Linux the
/// protocol's witnesses are fixed by the class that conforms.
class PartParser: NSObject, XMLParserDelegate {
    var problem: Message?
    var text = ""
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        start(parser, Self.local(name), attributes)
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        end(parser, Self.local(name))
    }
    func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {}
    func end(_ parser: XMLParser, _ name: String) {}

    static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }
}

final class RelationsParser: PartParser {
    var targets: [String: String] = [:]
    var types: [String: String] = [:]

    override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
        types[id] = attributes["Type"]
    }

    func byType(_ suffix: String) -> String? {
        types.first { $0.value.hasSuffix("/" + suffix) }.flatMap { targets[$0.key] }
    }
}

final class WorkbookParser: PartParser {
    var sheets: [(name: String, relation: String, hidden: Bool)] = []

    override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
        guard name == "sheet", let sheetName = attributes["name"], let relation = attributes["r:id"] ?? attributes.first(where: { $0.key.hasSuffix(":id") })?.value
        else { return }
        sheets.append((sheetName, relation, (attributes["state"] ?? "visible") != "visible"))
    }
}

/// Shared strings: each `<si>` is one string, the text of its `<t>` elements outside the
/// phonetic guides (`<rPh>`, the furigana Japanese Excel adds).
final class SharedStringsParser: PartParser {
    var strings: [String] = []
    private var current = ""
    private var inPhonetic = false

    override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": text = ""
        default: break
        }
    }

    override func end(_ parser: XMLParser, _ name: String) {
        switch name {
        case "t" where !inPhonetic: current += text
        case "rPh": inPhonetic = false
        case "si": strings.append(OOXMLEscape.decode(current))
        default: break
        }
    }
}

/// The number format code of each cell style: cellXfs' `numFmtId`, looked up in numFmts or
/// among the built-in formats.
final class StylesParser: PartParser {
    /// ECMA-376 Part 1, 18.8.30: the built-in formats, the dates and times among them
    /// (14–22, 45–47), which a cell uses without a `numFmt` of its own.
    static let builtIn: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
        14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
        22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
        45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
    ]
    private var custom: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    var cellFormats: [String?] { formatIDs.map { custom[$0] ?? Self.builtIn[$0] } }

    override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { custom[id] = code }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ parser: XMLParser, _ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }
}

/// The cells of one worksheet.
final class SheetParser: PartParser {
    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    /// A merged range: rows and columns counted from 1.
    struct Merge: Equatable {
        let reference: String
        let rows: ClosedRange<Int>
        let columns: ClosedRange<Int>
    }

    let sharedStrings: [String]
    let styleFormats: [String?]
    var cells: [Int: [Int: XLSXReader.Cell]] = [:]
    var merges: [Merge] = []
    /// Formula cells saved without their value (a program that does not calculate): (row, column).
    var uncachedFormulas: [(row: Int, column: Int)] = []
    private var hasFormula = false
    private var row = 0, column = 0
    private var type = "n", style = 0
    private var value: String?
    private var inline = ""
    private var inInline = false, inPhonetic = false

    init(sharedStrings: [String], styleFormats: [String?]) {
        self.sharedStrings = sharedStrings
        self.styleFormats = styleFormats
    }

    func fail(_ parser: XMLParser, _ message: Message) {
        if problem == nil { problem = message }
        parser.abortParsing()
    }

    override func start(_ parser: XMLParser, _ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            if let text = attributes["r"] {
                guard let number = Int(text), (1...Self.maxRow).contains(number) else { return fail(parser, .workbookRowOutside(text)) }
                row = number
            } else {
                row += 1
            }
            column = 0
        case "c":
            if let reference = attributes["r"] {
                guard let (cellRow, cellColumn) = Self.position(reference) else { return fail(parser, .workbookCellOutside(reference)) }
                row = cellRow
                column = cellColumn
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = nil
            inline = ""
            hasFormula = false
        case "f": hasFormula = true
        case "mergeCell":
            guard let reference = attributes["ref"] else { return }
            let corners = reference.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard corners.count <= 2, let first = Self.position(corners[0]), let last = Self.position(corners.last ?? corners[0]),
                  first.row <= last.row, first.column <= last.column
            else { return fail(parser, .workbookCellOutside(reference)) }
            merges.append(Merge(reference: reference, rows: first.row...last.row, columns: first.column...last.column))
        case "v": text = ""
        case "is": inInline = true
        case "rPh": inPhonetic = true
        case "t": text = ""
        default: break
        }
    }

    override func end(_ parser: XMLParser, _ name: String) {
        switch name {
        case "v": value = text
        case "t" where inInline && !inPhonetic: inline += text
        case "rPh": inPhonetic = false
        case "is": inInline = false
        case "c":
            if hasFormula, value == nil, type != "inlineStr" { uncachedFormulas.append((row, column)) }
            guard let content = content(parser) else { return }
            cells[row, default: [:]][column] = XLSXReader.Cell(content: content)
        default: break
        }
    }

    private func content(_ parser: XMLParser) -> XLSXReader.Cell.Content? {
        switch type {
        case "inlineStr": return .text(OOXMLEscape.decode(inline))
        case "s":
            guard let value else { return nil }
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                fail(parser, .workbookSharedStringMissing(value))
                return nil
            }
            return .text(sharedStrings[index])
        case "b": return value.map { .bool($0 == "1") }
        case "str", "e", "d": return value.map { .text(OOXMLEscape.decode($0)) }
        default:
            guard let value else { return nil }
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                fail(parser, .workbookNumberCell(value))
                return nil
            }
            return .number(number, format: styleFormats.indices.contains(style) ? styleFormats[style] : nil)
        }
    }

    /// `H5` → (5, 8); nil past XFD1048576 or when malformed.
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, digits = 0, letters = 0
        for byte in reference.utf8 {
            switch byte {
            case 0x41...0x5A where digits == 0:
                column = column * 26 + Int(byte - 0x40)
                letters += 1
                if letters > 3 { return nil }
            case 0x30...0x39:
                row = row * 10 + Int(byte - 0x30)
                digits += 1
                if digits > 7 { return nil }
            default: return nil
            }
        }
        guard letters > 0, digits > 0, (1...maxColumn).contains(column), (1...maxRow).contains(row) else { return nil }
        return (row, column)
    }
}

/// The `_xHHHH_` escape of Office Open XML strings (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): a
/// character XML cannot hold (a CR, a control character) is written as `_x000D_`, and a literal
/// `_x` that would read as an escape has its underscore escaped (`_x005F_x0041_`).
enum OOXMLEscape {
    /// The text with each `_xHHHH_` (four hex digits, either case) replaced by its UTF-16 unit;
    /// a surrogate pair written as two escapes is joined, and a lone surrogate is left as written.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        let units = Array(text.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let unit = escaped(units, at: index) {
                out.append(unit)
                index += 7
            } else {
                out.append(units[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// The text as a writer must give it: each character XML 1.0 cannot hold as `_xHHHH_`, and
    /// the underscore of a literal `_xHHHH_` as `_x005F_`, so that `decode` gives the text back.
    static func encode(_ text: String) -> String {
        let units = Array(text.utf16)
        guard units.contains(where: { $0 == 0x5F || needsEscape($0) }) else { return text }
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() {
            if unit == 0x5F, escaped(units, at: index) != nil {
                out += "_x005F_".utf16
            } else if needsEscape(unit) {
                out += ("_x" + hex(unit) + "_").utf16
            } else {
                out.append(unit)
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Control characters other than tab and line feed (XML 1.0 has no CR that survives
    /// parsing, and no C0 control at all).
    static func needsEscape(_ unit: UInt16) -> Bool {
        (unit < 0x20 && unit != 0x09 && unit != 0x0A) || unit == 0xFFFE || unit == 0xFFFF
    }

    private static func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// The unit `_xHHHH_` at `index` stands for, if one starts there.
    private static func escaped(_ units: [UInt16], at index: Int) -> UInt16? {
        guard index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[(index + 2)...(index + 5)] {
            let digit: UInt16
            switch unit {
            case 0x30...0x39: digit = unit - 0x30
            case 0x41...0x46: digit = unit - 0x41 + 10
            case 0x61...0x66: digit = unit - 0x61 + 10
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}

/// What the zip's own directory says before ZIPFoundation reads it: how many entries, and
/// whether any is encrypted (general purpose bit 0). Read from the end-of-central-directory
/// record and the central directory; nil entries when the file has no readable directory (the
/// zip library then says it is damaged).
enum ZipDirectory {
    static func inspect(_ path: String) -> (entries: Int?, encrypted: Bool) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return (nil, false) }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size >= 22 else { return (nil, false) }
        let tailLength = min(size, 22 + 0xFFFF)
        guard (try? handle.seek(toOffset: size - tailLength)) != nil, let tail = try? handle.read(upToCount: Int(tailLength)) else { return (nil, false) }
        let bytes = [UInt8](tail)
        func uint16(_ at: Int, in b: [UInt8]) -> Int { Int(b[at]) | Int(b[at + 1]) << 8 }
        func uint32(_ at: Int, in b: [UInt8]) -> Int { uint16(at, in: b) | uint16(at + 2, in: b) << 16 }
        var end = bytes.count - 22
        while end >= 0, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06) { end -= 1 }
        guard end >= 0 else { return (nil, false) }
        let count = uint16(end + 10, in: bytes)
        // A zip64 directory says 0xFFFF here: more entries than any workbook has.
        if count == 0xFFFF { return (Int.max, false) }
        let directorySize = uint32(end + 12, in: bytes), directoryOffset = uint32(end + 16, in: bytes)
        guard directorySize <= 64 << 20, UInt64(directoryOffset + directorySize) <= size,
              (try? handle.seek(toOffset: UInt64(directoryOffset))) != nil, let directory = try? handle.read(upToCount: directorySize)
        else { return (count, false) }
        let entries = [UInt8](directory)
        var offset = 0, encrypted = false
        while offset + 46 <= entries.count, entries[offset] == 0x50, entries[offset + 1] == 0x4B, entries[offset + 2] == 0x01, entries[offset + 3] == 0x02 {
            if uint16(offset + 8, in: entries) & 1 == 1 { encrypted = true }
            offset += 46 + uint16(offset + 28, in: entries) + uint16(offset + 30, in: entries) + uint16(offset + 32, in: entries)
        }
        return (count, encrypted)
    }
}
