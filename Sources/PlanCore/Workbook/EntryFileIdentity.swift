import Foundation

/// The plan and year an entry file was made for, read before the database is opened, so that a
/// 2027 sheet imported in May 2028 goes to the 2027 plan whatever plan the current fiscal year
/// belongs to: a workbook's hidden sheet names both; a CSV gives the 年度 of its first row. A
/// file that declares nothing leaves the plan to be chosen as for any command.
public struct EntryFileIdentity: Sendable, Equatable {
    public let planCode: String?
    public let year: Int?

    public static func read(_ path: String) -> EntryFileIdentity {
        guard let handle = FileHandle(forReadingAtPath: path) else { return EntryFileIdentity(planCode: nil, year: nil) }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        guard magic == Data([0x50, 0x4B, 0x03, 0x04]) else { return EntryFileIdentity(planCode: nil, year: csvYear(path)) }
        guard let reader = try? XLSXReader(path: path, fileName: path), let values = try? EntryWorkbookReader.metadata(reader)
        else { return EntryFileIdentity(planCode: nil, year: nil) }
        return EntryFileIdentity(planCode: values[WorkbookText.metaPlanCode], year: values[WorkbookText.metaYear].flatMap(Int.init))
    }

    /// The 年度 of the first row of a CSV entry sheet that has one, read from the file's start.
    static func csvYear(_ path: String) -> Int? {
        struct Found: Error { let year: Int }
        var yearColumn: Int?
        var parser = CSVParser { record in
            guard let column = yearColumn else {
                yearColumn = record.fields.firstIndex { NameKey.normalize(EntryImport.cleaned($0)) == NameKey.normalize(EntryTemplate.Column.year.rawValue) }
                if yearColumn == nil, record.fields.contains(where: { !$0.isEmpty }) { throw Found(year: 0) }
                return
            }
            guard column < record.fields.count, let year = try? FiscalYear.parse(EntryImport.cleaned(record.fields[column])) else { return }
            throw Found(year: year)
        }
        do {
            // Decoding is one pass: reading stops with the first row, whatever the file's size.
            _ = try TextDecoding.forEachChunk(ofFile: path) { try parser.feed($0) }
            try parser.finish()
        } catch let found as Found {
            return found.year == 0 ? nil : found.year
        } catch {
            return nil
        }
        return nil
    }
}
