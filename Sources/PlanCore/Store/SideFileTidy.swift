import Foundation
import SQLiteDB

/// A read-only connection to a WAL database creates the -wal and -shm files it needs to read
/// safely beside a writer, and cannot remove them when it closes: only a read-write connection
/// that closes last may. So a command that only read a database that had no such files when it
/// began opens one read-write connection as the process ends, changes nothing with it, and lets
/// SQLite's own last-close rule remove them (when another process has the file open, SQLite
/// keeps them, as it must). On read-only media nothing was created and nothing happens.
enum SideFileTidy {
    nonisolated(unsafe) private static var paths: [String] = []

    /// Call before opening `path` read-only.
    static func noteReading(_ path: String) {
        guard FileStatus(path + "-wal") == nil, FileStatus(path + "-shm") == nil, !paths.contains(path) else { return }
        if paths.isEmpty { atexit { SideFileTidy.run() } }
        paths.append(path)
    }

    private static func run() {
        for path in paths where FileStatus(path + "-wal") != nil || FileStatus(path + "-shm") != nil {
            _ = try? Database(path: path, mode: .readWrite, busyTimeoutMilliseconds: 0)
        }
    }
}
