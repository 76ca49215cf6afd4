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
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw PlanError(.workbookZipDamaged(fileName), advice: .workbookSaveAgainAdvice)
        }
        let relations = try parse("xl/_rels/workbook.xml.rels", RelationsParser())
        let workbook = try parse("xl/workbook.xml", WorkbookParser())
        sheets = try workbook.sheets.map { sheet in
            guard let target = relations.targets[sheet.relation] else {
                throw damaged(.workbookSheetNoPart(sheet.name))
            }
            return Sheet(name: sheet.name, path: Self.partPath(target), hidden: sheet.hidden)
        }
        let stringsPath = relations.byType("sharedStrings").map(Self.partPath) ?? "xl/sharedStrings.xml"
        if archive[stringsPath] != nil { sharedStrings = try parse(stringsPath, SharedStringsParser()).strings }
        let stylesPath = relations.byType("styles").map(Self.partPath) ?? "xl/styles.xml"
        if archive[stylesPath] != nil { styleFormats = try parse(stylesPath, StylesParser()).cellFormats }
    }

    /// `worksheets/sheet1.xml` is relative to xl/; `/xl/worksheets/sheet1.xml` is absolute.
    static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    func damaged(_ what: Message) -> PlanError {
        PlanError(.workbookDamaged(fileName, what), advice: .workbookSaveAgainAdvice)
    }

    /// The cells of a sheet: row → column → cell, both counted from 1 as a spreadsheet shows them.
    func cells(of sheet: Sheet) throws -> [Int: [Int: Cell]] {
        try parse(sheet.path, SheetParser(sharedStrings: sharedStrings, styleFormats: styleFormats), sheet: sheet.name).cells
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
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.partLimit || self.expanded + data.count > Self.totalLimit { throw tooLarge }
            }
        } catch let error as PlanError {
            throw error
        } catch {
            throw damaged(.workbookPartUnextractable(path))
        }
        expanded += data.count
        if Self.declaresDTD(data) {
            throw damaged(.workbookPartDTD(path))
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler
        let wellFormed = parser.parse()
        if let problem = handler.problem { throw damaged(sheet.map { .workbookSheetProblem($0, problem) } ?? .workbookPartProblem(path, problem)) }
        guard wellFormed else { throw damaged(.workbookPartMalformed(path)) }
        return handler
    }

    /// `<!DOCTYPE` or `<!ENTITY` anywhere: refused before the XML parser sees them, so no entity
    /// is ever declared, let alone expanded.
    static func declaresDTD(_ data: Data) -> Bool {
        for marker in ["<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity"] where data.range(of: Data(marker.utf8)) != nil { return true }
        return false
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
        case "si": strings.append(current)
        default: break
        }
    }
}

/// The number format code of each cell style: cellXfs' `numFmtId`, looked up in numFmts or
/// among the built-in formats.
final class StylesParser: PartParser {
    static let builtIn: [Int: String] = [0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 49: "@"]
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

    let sharedStrings: [String]
    let styleFormats: [String?]
    var cells: [Int: [Int: XLSXReader.Cell]] = [:]
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
            guard let content = content(parser) else { return }
            cells[row, default: [:]][column] = XLSXReader.Cell(content: content)
        default: break
        }
    }

    private func content(_ parser: XMLParser) -> XLSXReader.Cell.Content? {
        switch type {
        case "inlineStr": return .text(inline)
        case "s":
            guard let value else { return nil }
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                fail(parser, .workbookSharedStringMissing(value))
                return nil
            }
            return .text(sharedStrings[index])
        case "b": return value.map { .bool($0 == "1") }
        case "str", "e", "d": return value.map { .text($0) }
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
