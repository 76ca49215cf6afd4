import Foundation

/// The plan and year an entry workbook was made for, read from its hidden sheet before the
/// database is opened, so that a 2027 sheet imported in May 2028 goes to the 2027 plan whatever
/// plan the current fiscal year belongs to. A CSV, or a file that is not an entry workbook,
/// declares nothing: the plan is then chosen as for any command.
public struct EntryFileIdentity: Sendable, Equatable {
    public let planCode: String?
    public let year: Int?

    public static func read(_ path: String) -> EntryFileIdentity {
        guard let handle = FileHandle(forReadingAtPath: path) else { return EntryFileIdentity(planCode: nil, year: nil) }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        guard magic == Data([0x50, 0x4B, 0x03, 0x04]),
              let reader = try? XLSXReader(path: path, fileName: path),
              let sheet = reader.sheets.first(where: { $0.name == WorkbookText.metadataSheet }),
              let cells = try? reader.cells(of: sheet) else { return EntryFileIdentity(planCode: nil, year: nil) }
        var values = [String: String]()
        for row in cells.values {
            if let label = row[1].map({ EntryWorkbookReader.text($0, field: nil) }), let value = row[2].map({ EntryWorkbookReader.text($0, field: nil) }) {
                values[label.trimmed] = value.trimmed
            }
        }
        return EntryFileIdentity(planCode: values[WorkbookText.metaPlanCode], year: values[WorkbookText.metaYear].flatMap(Int.init))
    }
}
