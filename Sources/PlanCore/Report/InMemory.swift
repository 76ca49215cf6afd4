import Foundation

// The files the command line writes with `--out`, made in memory for the server's downloads:
// the same writers, through a temporary file where a writer only writes to a path.

extension EntryWorkbook {
    /// The 評価シート as `entry template --format xlsx` writes it, and how many items it lists.
    public func data(dept: String, year: Int) throws -> (data: Data, items: Int) {
        var items = 0
        let data = try MemoryFile.data(named: "entry.xlsx") { items = try write(dept: dept, year: year, to: $0) }
        return (data, items)
    }
}

extension SnapshotExport {
    /// The snapshot's workbook (評価結果報告書.xlsx).
    public func workbookData() throws -> Data {
        try MemoryFile.data(named: "report.xlsx") { try writeWorkbook(to: $0) }
    }
}

extension SnapshotOpenData {
    /// The open data folder as one zip: the files `snapshot export --format opendata` writes.
    public func zip() throws -> Data {
        try MemoryFile.zip(files().map { ($0.name, Data($0.text.utf8)) })
    }
}

extension PeriodReport {
    /// The period report's workbook.
    public func workbookData() throws -> Data {
        try MemoryFile.data(named: "period.xlsx") { try writeWorkbook(to: $0) }
    }
}
