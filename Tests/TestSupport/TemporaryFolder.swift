import Foundation
import SQLiteDB

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "plandb-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the folder.
    public func path(_ name: String) -> String { url.appending(path: name).path }

    /// Writes text to a file inside the folder and returns its path.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> String {
        let target = url.appending(path: name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target.path
    }
}

/// Everything a database holds, as text: schema and every row of every table, in a fixed
/// order. Two equal dumps mean the file's content did not change.
public func dump(_ path: String) throws -> String {
    let db = try Database(path: path, mode: .readOnly)
    var out = ""
    let objects = try db.rows("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    for object in objects {
        out += "\(object.string("type") ?? "") \(object.string("name") ?? ""): \(object.string("sql") ?? "")\n"
        guard object.string("type") == "table", let name = object.string("name") else { continue }
        for row in try db.rows("SELECT * FROM \"\(name)\" ORDER BY 1, 2") {
            out += "  " + row.values.map { "\($0)" }.joined(separator: "|") + "\n"
        }
    }
    return out
}
