import Foundation

/// One file of Migrations/, named `NNNN_name.sql`. Never edited once shipped: the runner keeps
/// each applied file's checksum and refuses a database whose applied files have changed.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let fileName: String
    public let sql: String

    /// SHA-256 of the file with line endings normalised: worked out once, as every command that
    /// opens the plan compares it with the applied migrations.
    public let checksum: String

    /// The one pattern for migration file names.
    nonisolated(unsafe) static let fileNamePattern = /^([0-9]{4})_([a-z0-9_]+)\.sql$/

    public init(version: Int, name: String, fileName: String, sql: String) {
        self.version = version
        self.name = name
        self.fileName = fileName
        self.sql = sql
        self.checksum = Checksum.sha256NormalizingLineEndings(sql)
    }

    /// Builds the ordered list from files; every `.sql` name must match the pattern and each
    /// version must be used once.
    public static func list(from files: [PlanFile]) throws -> [Migration] {
        var migrations: [Migration] = []
        for file in files where file.name.hasSuffix(".sql") {
            guard let match = file.name.wholeMatch(of: fileNamePattern), let version = Int(match.1) else {
                throw PlanError(.migrationFileName(file.name), advice: .migrationFileNameAdvice)
            }
            if let clash = migrations.first(where: { $0.version == version }) {
                throw PlanError(.migrationVersionClash(clash.fileName, file.name, version: version), advice: .migrationVersionClashAdvice)
            }
            migrations.append(Migration(version: version, name: String(match.2), fileName: file.name, sql: file.text))
        }
        return migrations.sorted { $0.version < $1.version }
    }

    /// The migrations compiled into this binary.
    public static func embedded() throws -> [Migration] {
        try list(from: EmbeddedPlanFiles.files(in: "Migrations"))
    }
}
