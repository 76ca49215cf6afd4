import Foundation

/// A written workbook read back from its XML as a spreadsheet program lays it out: the sheets
/// in order, each row's cell texts, the print titles, and the size its text prints at.
public struct PrintedWorkbook {
    public let parts: WorkbookParts
    public let sheetNames: [String]
    /// The shared strings, in order.
    public let strings: [String]
    /// Each sheet's repeated rows (`_xlnm.Print_Titles`), by sheet name.
    public let printTitles: [String: String]

    public init(path: String) throws {
        parts = try WorkbookParts(path: path)
        let workbook = parts["xl/workbook.xml"] ?? ""
        let names = Self.matches(#"<sheet name="([^"]*)""#, in: workbook).map { Self.unescape($0[0]) }
        sheetNames = names
        strings = Self.matches(#"<si>(.*?)</si>"#, in: parts["xl/sharedStrings.xml"] ?? "")
            .map { Self.matches(#"<t[^>]*>(.*?)</t>"#, in: $0[0]).map { Self.unescape($0[0]) }.joined() }
        var titles: [String: String] = [:]
        for match in Self.matches(#"<definedName name="_xlnm.Print_Titles" localSheetId="([0-9]+)">([^<]*)</definedName>"#, in: workbook) {
            if let index = Int(match[0]), index < names.count { titles[names[index]] = Self.unescape(match[1]) }
        }
        printTitles = titles
    }

    /// The sheet's XML (libxlsxwriter names the parts in sheet order).
    public func sheet(_ name: String) -> String {
        guard let index = sheetNames.firstIndex(of: name) else { return "" }
        return parts["xl/worksheets/sheet\(index + 1).xml"] ?? ""
    }

    /// The texts of row `number` (from 1) of a sheet, column A first, "" for an empty cell; a
    /// number cell gives its stored value. nil when the row is not there.
    public func row(_ number: Int, of name: String) -> [String]? {
        guard let row = Self.matches(#"<row r="\#(number)"[^>]*>(.*?)</row>"#, in: sheet(name)).first?[0] else { return nil }
        var cells: [String] = []
        for cell in Self.matches(#"<c r="([A-Z]+)[0-9]+"([^>]*?)(?:/>|>(.*?)</c>)"#, in: row) {
            let column = cell[0].unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
            while cells.count < column { cells.append("") }
            let value = Self.matches(#"<v>(.*?)</v>"#, in: cell[2]).first?[0] ?? ""
            if cell[1].contains("t=\"s\"") {
                cells.append(Int(value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? "")
            } else {
                cells.append(Self.unescape(value))
            }
        }
        return cells
    }

    /// Each column's width as stored (`<col width=…>`), column A first.
    public func columnWidths(_ name: String) -> [Double] {
        Self.matches(#"<col min="([0-9]+)" max="([0-9]+)" width="([0-9.]+)""#, in: sheet(name)).flatMap { match -> [Double] in
            let count = (Int(match[1]) ?? 0) - (Int(match[0]) ?? 0) + 1
            return Array(repeating: Double(match[2]) ?? 0, count: max(0, count))
        }
    }

    /// The point size text of `fontSize` prints at when the sheet is fitted to one page wide: a
    /// column of stored width w is w × `digitPixels` pixels of 0.75 pt (7 for Calibri 11, the
    /// workbook's default font as Excel draws it; more for a wider font a program puts in its
    /// place), the page is A4 less the sheet's left and right margins, and the fit is a whole
    /// percentage, never above 100.
    public func printedPointSize(_ name: String, fontSize: Double, digitPixels: Double = 7) -> Double {
        let xml = sheet(name)
        let margins = Self.matches(#"<pageMargins left="([0-9.]+)" right="([0-9.]+)""#, in: xml).first.map { (Double($0[0]) ?? 0.7) + (Double($0[1]) ?? 0.7) } ?? 1.4
        let landscape = xml.contains("orientation=\"landscape\"")
        let printable = (landscape ? 841.89 : 595.28) - margins * 72
        let width = columnWidths(name).map { ($0 * digitPixels).rounded() * 0.75 }.reduce(0, +)
        let percent = min(100, (printable / max(width, 1) * 100).rounded(.down))
        return fontSize * percent / 100
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
