import Foundation

/// What a file handed to `entry import` is, told from its first bytes: a zip (an .xlsx
/// workbook, or an .ods or encrypted zip that the workbook reader names), an OLE2 compound
/// file (an Excel 97–2003 .xls, or an .xlsx Excel encrypted with a password, which Excel stores
/// in that container), or text (CSV).
enum SpreadsheetFile {
    enum Kind: Equatable { case zip, xls, encryptedWorkbook, text }

    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// The stream an encrypted OOXML file keeps its package in, as the OLE directory names it (UTF-16LE).
    static let encryptedPackage = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    /// How much of an OLE file is searched for that name: its directory lies near the start of
    /// a small file, and an encrypted entry workbook is small.
    static let searchLimit = 16 << 20

    static func kind(of path: String) throws -> Kind {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .text }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        guard head == oleMagic else { return .text }
        try? handle.seek(toOffset: 0)
        let data = (try? handle.read(upToCount: searchLimit)) ?? Data()
        return data.range(of: encryptedPackage) != nil ? .encryptedWorkbook : .xls
    }
}
