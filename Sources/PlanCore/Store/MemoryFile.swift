import Foundation
import ZIPFoundation

/// What a writer that only writes to a path (libxlsxwriter, the zip of open data) made, held in
/// memory for a program that hands it on rather than keep it: the server's downloads. The file
/// lives in a temporary folder of its own only while it is written and read back.
public enum MemoryFile {
    /// Runs `produce` with a path in a new temporary folder, and returns the file it wrote there.
    public static func data(named name: String = "file", _ produce: (String) throws -> Void) throws -> Data {
        try withTemporaryFolder { folder in
            let path = (folder as NSString).appendingPathComponent(name)
            try produce(path)
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
    }

    /// Writes `data` to a temporary file named `name` (so that messages name the file as its
    /// owner called it), runs `body` with its path, and removes it whatever happens.
    public static func holding<T>(_ data: Data, named name: String, _ body: (String) throws -> T) throws -> T {
        try withTemporaryFolder { folder in
            let path = (folder as NSString).appendingPathComponent(name.isEmpty ? "upload" : name)
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw PlanError(.outputCannotWrite(path, String(cString: strerror(errno))), advice: .outputCannotWriteAdvice)
            }
            return try body(path)
        }
    }

    private static func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("plandb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    /// Named files as one zip archive (deflated), in the order given.
    public static func zip(_ files: [(name: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: .utf8)
        for file in files {
            try archive.addEntry(
                with: file.name, type: .file, uncompressedSize: Int64(file.data.count), compressionMethod: .deflate
            ) { position, size in
                file.data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
