import Foundation

/// A text file of the plan's definition: a migration, a seed or a query.
public struct PlanFile: Sendable, Equatable {
    /// Path relative to the package root (embedded) or to the folder it was read from.
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    public var name: String { (path as NSString).lastPathComponent }
}

/// The files compiled into the binary by the EmbedPlanFiles plugin.
public enum EmbeddedPlanFiles {
    public static let all: [PlanFile] = EmbeddedFiles.base64.compactMap { entry in
        guard let data = Data(base64Encoded: entry.contents) else { return nil }
        return PlanFile(path: entry.path, text: String(decoding: data, as: UTF8.self))
    }

    /// The embedded files under `folder` ("Migrations", "Seeds", "Queries"), paths relative to it.
    public static func files(in folder: String) -> [PlanFile] {
        let prefix = folder + "/"
        return all.filter { $0.path.hasPrefix(prefix) }.map {
            PlanFile(path: String($0.path.dropFirst(prefix.count)), text: $0.text)
        }
    }
}

extension PlanFile {
    /// Reads every file with one of `extensions` below `folder`, sorted by relative path.
    public static func read(folder: String, extensions: Set<String>) throws -> [PlanFile] {
        try read(folder: folder, extensions: extensions, unreadable: { throw $0 })
    }

    /// Reads as above, but hands each file that cannot be read or is not UTF-8 to `unreadable`,
    /// which either throws (stop) or returns (skip the file).
    static func read(folder: String, extensions: Set<String>, unreadable: (PlanError) throws -> Void) throws -> [PlanFile] {
        let base = URL(fileURLWithPath: folder).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PlanError(.filesNoFolder(folder), advice: .filesNoFolderAdvice)
        }
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [PlanFile] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base.path + "/") ? String(full.dropFirst(base.path.count + 1)) : url.lastPathComponent
            guard let data = try? Data(contentsOf: url) else {
                try unreadable(PlanError(.filesUnreadable("\(folder)/\(relative)"), advice: .filesUnreadableAdvice))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                try unreadable(PlanError(.filesNotUTF8("\(folder)/\(relative)"), advice: .filesNotUTF8Advice))
                continue
            }
            files.append(PlanFile(path: relative, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }
}
