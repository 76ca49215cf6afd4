import CXLSXWriter
import Foundation

/// A thin layer over libxlsxwriter: only what plandb's workbooks use, with Swift strings and
/// errors. libxlsxwriter builds the whole file in memory and writes it on `close()`, unless
/// `constantMemory`: then each sheet's rows go to a temporary file as they are written, which
/// requires them in order, and text cells are stored inline rather than in a shared table. The path it
/// is given is OutputFile's temporary file, which OutputFile checks and moves into place; a
/// workbook that is never closed leaves nothing.
///
/// Not `Sendable`: the C objects belong to the one thread that builds the workbook.
final class XLSXWorkbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    let path: String

    init(path: String, constantMemory: Bool = false) throws {
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        guard let handle = workbook_new_opt(path, &options) else {
            throw PlanError(.workbookCannotCreate(path), advice: .workbookFolderAdvice)
        }
        self.handle = handle
        self.path = path
    }

    deinit {
        // libxlsxwriter has no "discard": closing is the only way to free, so an abandoned
        // workbook is written and then removed.
        if let handle {
            workbook_close(handle)
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    func addSheet(_ name: String) throws -> XLSXSheet {
        guard let handle, let sheet = workbook_add_worksheet(handle, name) else {
            throw PlanError(.workbookCannotAddSheet(name, path), advice: .workbookBugAdvice)
        }
        return XLSXSheet(sheet)
    }

    func format(_ style: XLSXStyle, size: Double = 10) -> UnsafeMutablePointer<lxw_format>? {
        guard let format = workbook_add_format(handle) else { return nil }
        if style.bold { format_set_bold(format) }
        if style.unlocked { format_set_unlocked(format) }
        if style.wrap { format_set_text_wrap(format) }
        if let fill = style.fill { format_set_bg_color(format, fill) }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        format_set_font_size(format, size)
        return format
    }

    func setTitle(_ title: String) {
        var properties = lxw_doc_properties()
        title.withCString { title in
            properties.title = UnsafeMutablePointer(mutating: title)
            workbook_set_properties(handle, &properties)
        }
    }

    /// Writes the file.
    func close() throws {
        guard let handle else { return }
        self.handle = nil
        let result = workbook_close(handle)
        guard result == LXW_NO_ERROR else {
            try? FileManager.default.removeItem(atPath: path)
            throw PlanError(.outputCannotWrite(path, String(cString: lxw_strerror(result))), advice: .workbookFolderAdvice)
        }
    }
}

/// How a cell looks: the few properties plandb's sheets use.
struct XLSXStyle: Hashable {
    var bold = false
    var unlocked = false
    var wrap = false
    var fill: UInt32? = nil
    var numberFormat: String? = nil
    var border = true
}

/// One worksheet; rows and columns count from 0 as in libxlsxwriter.
struct XLSXSheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    init(_ sheet: UnsafeMutablePointer<lxw_worksheet>) { self.sheet = sheet }

    typealias Format = UnsafeMutablePointer<lxw_format>?

    static func check(_ result: lxw_error, _ what: Message) throws {
        guard result == LXW_NO_ERROR else {
            throw PlanError(.workbookCannotWrite(what, String(cString: lxw_strerror(result))), advice: .workbookBugAdvice)
        }
    }

    /// A text cell: libxlsxwriter stores it as a string, so no program reads it as a number or date.
    func text(_ row: Int, _ column: Int, _ text: String, _ format: Format) throws {
        if text.isEmpty { return try blank(row, column, format) }
        try Self.check(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), Self.cellText(text), format), .workbookPartCell(row, column))
    }

    /// One text over several columns of a row, wrapped at their total width.
    func merged(_ row: Int, columns: ClosedRange<Int>, _ text: String, _ format: Format) throws {
        try Self.check(
            worksheet_merge_range(
                sheet, lxw_row_t(row), lxw_col_t(columns.lowerBound), lxw_row_t(row), lxw_col_t(columns.upperBound), Self.cellText(text), format),
            .workbookPartCells(row, columns.lowerBound, columns.upperBound))
    }

    /// The most characters a cell holds (Excel's limit, which libxlsxwriter enforces).
    static let cellTextLimit = 32_767

    /// A text as a cell holds it: `_xHHHH_`-escaped (libxlsxwriter escapes control characters
    /// but not the underscore of a literal `_x0041_`, which would then read back as `A`), and
    /// cut to `cellTextLimit` with an ellipsis, so that no stored text, however long, makes a
    /// workbook fail. Texts entered since the shared limit (`TextLimit`) are far shorter.
    static func cellText(_ text: String) -> String {
        let encoded = OOXMLEscape.encode(text)
        guard encoded.unicodeScalars.count > cellTextLimit else { return encoded }
        var kept = ""
        var count = 0
        for character in text {
            let piece = OOXMLEscape.encode(String(character))
            let length = piece.unicodeScalars.count
            guard count + length <= cellTextLimit - 1 else { break }
            kept += piece
            count += length
        }
        return kept + "…"
    }

    func number(_ row: Int, _ column: Int, _ value: Double, _ format: Format) throws {
        try Self.check(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format), .workbookPartCell(row, column))
    }

    func blank(_ row: Int, _ column: Int, _ format: Format) throws {
        try Self.check(worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format), .workbookPartCell(row, column))
    }

    func columnWidth(_ column: Int, _ width: Double) {
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    }

    func rowHeight(_ row: Int, _ height: Double) {
        worksheet_set_row(sheet, lxw_row_t(row), height, nil)
    }

    func freezeRows(_ rows: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(rows), 0)
    }

    /// Locks every cell not formatted as unlocked. No password: the protection prevents
    /// accidents, not attacks (README).
    func protect() {
        var options = lxw_protection()
        options.format_columns = 1
        options.format_rows = 1
        worksheet_protect(sheet, nil, &options)
    }

    /// A drop-down list on the cells of one column.
    func list(_ firstRow: Int, _ lastRow: Int, _ column: Int, _ items: [String], errorTitle: String, errorMessage: String) throws {
        guard lastRow >= firstRow else { return }
        // The strings must live until the call returns: strdup, and free afterwards.
        var pointers: [UnsafeMutablePointer<CChar>?] = items.map { strdup($0) }
        pointers.append(nil)
        let title = strdup(errorTitle), message = strdup(errorMessage)
        defer {
            pointers.forEach { free($0) }
            free(title)
            free(message)
        }
        try pointers.withUnsafeMutableBufferPointer { buffer in
            var validation = lxw_data_validation()
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            validation.value_list = buffer.baseAddress
            validation.error_title = title
            validation.error_message = message
            try Self.check(
                worksheet_data_validation_range(sheet, lxw_row_t(firstRow), lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(column), &validation),
                .workbookPartList(column))
        }
    }

    /// A4 landscape, one page wide, the header row repeated on every page, `header` at the top.
    func printLayout(header: String, headerRows: Int) throws {
        worksheet_set_landscape(sheet)
        worksheet_set_paper(sheet, 9)  // 9 = A4
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_set_margins(sheet, 0.4, 0.4, 0.7, 0.6)
        try Self.check(worksheet_set_header(sheet, header), .workbookPartHeader)
        try Self.check(worksheet_set_footer(sheet, "&C&P / &N"), .workbookPartFooter)
        if headerRows > 0 { try Self.check(worksheet_repeat_rows(sheet, 0, lxw_row_t(headerRows - 1)), .workbookPartPrintTitles) }
    }

    /// Rows are given their height: spreadsheet programs do not all fit a row to wrapped text
    /// when they open a file (LibreOffice does not), and a cut-off text cannot be read or printed.
    static func rowHeight(lines: Int) -> Double { Double(lines) * 13 + 3 }

    /// The lines `text` needs, wrapped in a column `width` characters wide (at the 10-point
    /// font, about 1.1 half-width characters per unit of width; a CJK character counts two).
    static func lines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width * 1.1))
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { max(1, (DisplayWidth.of(String($0)) + perLine - 1) / perLine) }.reduce(0, +)
    }

    func hide() { worksheet_hide(sheet) }
    func activate() { worksheet_activate(sheet) }
}

/// The formats of one workbook, made once each.
final class WorkbookStyles {
    let book: XLSXWorkbook
    init(_ book: XLSXWorkbook) { self.book = book }

    static let inputFill: UInt32 = 0xFFF2CC
    static let headerFill: UInt32 = 0xD9E1F2

    lazy var title = book.format(XLSXStyle(bold: true, border: false), size: 14)
    lazy var heading = book.format(XLSXStyle(bold: true, border: false), size: 11)
    lazy var header = book.format(XLSXStyle(bold: true, wrap: true, fill: Self.headerFill, numberFormat: "@"))
    lazy var text = book.format(XLSXStyle(numberFormat: "@"))
    lazy var wrapped = book.format(XLSXStyle(wrap: true, numberFormat: "@"))
    lazy var plain = book.format(XLSXStyle(numberFormat: "@", border: false))
    /// A figure as a number cell, shown as it is ("General").
    lazy var plainNumber = book.format(XLSXStyle(numberFormat: "General"))
    lazy var plainWrapped = book.format(XLSXStyle(wrap: true, numberFormat: "@", border: false))
    lazy var input = book.format(XLSXStyle(unlocked: true, fill: Self.inputFill, numberFormat: "@"))
    lazy var inputWrapped = book.format(XLSXStyle(unlocked: true, wrap: true, fill: Self.inputFill, numberFormat: "@"))
    private var numbers: [Int: XLSXSheet.Format] = [:]
    private var figures: [String: XLSXSheet.Format] = [:]

    /// A figure of a report: a number cell with thousands separators, `decimals` fraction digits
    /// and the unit printed after it (`#,##0.00"%"`: the % is printed, the value not multiplied).
    func figure(unit: String, decimals: Int) -> XLSXSheet.Format {
        let code = Self.figureFormat(unit: unit, decimals: decimals)
        if let known = figures[code] { return known }
        let format = book.format(XLSXStyle(wrap: true, numberFormat: code))
        figures[code] = format
        return format
    }

    static func figureFormat(unit: String, decimals: Int) -> String {
        let digits = "#,##0" + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
        let quoted = unit.replacingOccurrences(of: "\"", with: "")
        return quoted.isEmpty ? digits : digits + "\"" + quoted + "\""
    }

    /// An input cell for a number shown with `decimals` fraction digits and thousands separators.
    func number(decimals: Int) -> XLSXSheet.Format {
        if let known = numbers[decimals] { return known }
        let code = "#,##0" + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
        let format = book.format(XLSXStyle(unlocked: true, fill: Self.inputFill, numberFormat: code))
        numbers[decimals] = format
        return format
    }
}
