import Foundation

/// What is at a path, from stat(2) (symlinks followed), without opening it: opening a FIFO
/// would wait for a writer, and SQLite would take a device or a folder for an I/O error.
struct FileStatus: Equatable {
    enum Kind { case regular, folder, other }

    let kind: Kind
    let device: UInt64
    let inode: UInt64
    let mode: mode_t
    let owner: uid_t
    let group: gid_t

    /// nil when nothing is there (or a symlink points nowhere).
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .folder
        default: kind = .other
        }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        mode = info.st_mode & 0o7777
        owner = info.st_uid
        group = info.st_gid
    }

    /// The same file, whatever the spelling: a symlink, a hard link, `./`, `../`.
    func isSameFile(as other: FileStatus) -> Bool { device == other.device && inode == other.inode }

    /// The path with every symlink in its folder resolved; the last part resolved too when it exists.
    static func canonicalPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        if let resolved = realpath(absolute.path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let folder = absolute.deletingLastPathComponent().path
        guard let resolved = realpath(folder, nil) else { return absolute.path }
        defer { free(resolved) }
        return (String(cString: resolved) as NSString).appendingPathComponent(absolute.lastPathComponent)
    }

    /// The first 16 bytes say "SQLite format 3\0".
    static func isSQLiteFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\u{0}".utf8)
    }
}

extension PlanError {
    /// `--db` or an output path that names something other than a regular file.
    static func notAFile(_ path: String, _ kind: FileStatus.Kind) -> PlanError {
        kind == .folder
            ? PlanError(.storeFolderNotFile(path), advice: .storeFolderNotFileAdvice)
            : PlanError(.storeNotRegularFile(path), advice: .storeNotRegularFileAdvice)
    }
}
