import Foundation

/// A file a command writes (`--out`, `backup`): the one place that decides whether a path may be
/// written, and writes it so that a failure leaves nothing half-done.
///
/// - Never the database, its -wal, -shm or -journal file, under any spelling: the path is
///   compared after resolving symlinks, and an existing file by device and inode (hard links).
/// - Never a folder, a device or a FIFO; never a SQLite database unless `replacing` allows it.
/// - Written to a temporary name beside the target and renamed over it, so readers see the old
///   file or the new one. A replaced file keeps its permissions (and owner, where allowed).
public struct OutputFile {
    /// What an existing file at the path may be for this output to replace it.
    public enum Replacing: Sendable {
        /// Any regular file except a SQLite database (text output never replaces a database).
        case anyButDatabase
        /// Only a database that plandb made (a backup replacing an older backup), and only when
        /// the user said so (`backup --replace`).
        case plandbDatabase(confirmed: Bool)
    }

    /// The path as the user gave it, for messages.
    public let path: String
    /// The file that is replaced: the path with symlinks resolved.
    let target: String
    let existing: FileStatus?

    public init(_ path: String, database: String, replacing: Replacing = .anyButDatabase) throws {
        guard !path.isEmpty else { throw PlanError(.outputEmptyName, advice: .outputEmptyNameAdvice) }
        self.path = path
        target = FileStatus.canonicalPath(path)
        existing = FileStatus(path)
        if let existing, existing.kind != .regular { throw PlanError.notAFile(path, existing.kind) }
        let folder = (target as NSString).deletingLastPathComponent
        guard FileStatus(folder)?.kind == .folder else {
            throw PlanError(.outputNoFolder(folder, path), advice: .outputNoFolderAdvice)
        }
        try refuseDatabaseFiles(database)
        if let existing { try refuseReplacing(existing, replacing) }
    }

    /// The database and the files SQLite keeps beside it, by canonical name and by identity.
    private func refuseDatabaseFiles(_ database: String) throws {
        let bases = Set([URL(fileURLWithPath: database).standardizedFileURL.path, FileStatus.canonicalPath(database)])
        for base in bases {
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let protected = base + suffix
                let sameName = FileStatus.canonicalPath(protected) == target
                let sameFile = existing.map { mine in FileStatus(protected).map(mine.isSameFile) ?? false } ?? false
                if sameName || sameFile {
                    let message = suffix.isEmpty ? Message.outputIsDatabase(path, database) : .outputIsDatabaseSideFile(path, suffix, database)
                    throw PlanError(message, advice: .outputAnotherName)
                }
            }
        }
    }

    private func refuseReplacing(_ existing: FileStatus, _ replacing: Replacing) throws {
        let isDatabase = FileStatus.isSQLiteFile(target)
        switch replacing {
        case .anyButDatabase where !isDatabase:
            return
        case .anyButDatabase:
            throw PlanError(.outputWouldReplaceDatabase(path), advice: .outputAnotherName)
        case .plandbDatabase where !isDatabase:
            throw PlanError(.outputBackupOverNonDatabase(path), advice: .outputBackupNewNameAdvice)
        case .plandbDatabase(let confirmed):
            guard (try? PlanDatabase.isPlandbFile(target)) == true else {
                throw PlanError(.outputBackupOverForeign(path), advice: .outputBackupNewNameAdvice)
            }
            guard confirmed else {
                throw PlanError(.outputBackupUnconfirmed(path), advice: .outputBackupUnconfirmedAdvice)
            }
        }
    }

    /// Writes `data` as the whole file.
    public func write(_ data: Data) throws {
        try writeBuffered { $0.write(data) }
    }

    /// Writes the file piece by piece: `produce` is given the function that takes each piece,
    /// which is buffered and written in blocks, so a long text is never whole in memory.
    public func writeText(_ produce: (@escaping (String) -> Void) throws -> Void) throws {
        try writeBuffered { try produce($0.write) }
    }

    private func writeBuffered(_ fill: (BufferedFile) throws -> Void) throws {
        try write { temporary in
            guard let file = BufferedFile(creating: temporary) else { throw writeFailure() }
            try fill(file)
            if let failure = file.finish() { throw writeFailure(failure) }
        }
    }

    /// `produce` writes the complete file at the temporary path it is given; it is then moved
    /// over the target. Whatever fails, the temporary file is removed.
    public func write(_ produce: (String) throws -> Void) throws {
        let temporary = target + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        unlink(temporary)
        do {
            try produce(temporary)
            if let existing {
                chmod(temporary, existing.mode)
                chown(temporary, existing.owner, existing.group)
            }
            guard rename(temporary, target) == 0 else { throw writeFailure() }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// The failure in errno, in words (never a Foundation error dump).
    private func writeFailure(_ code: Int32 = errno) -> PlanError {
        PlanError(.outputCannotWrite(path, String(cString: strerror(code))), advice: .outputCannotWriteAdvice)
    }

    /// The size of the file written.
    public var size: Int64 {
        (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? NSNumber)?.int64Value ?? 0
    }
}
