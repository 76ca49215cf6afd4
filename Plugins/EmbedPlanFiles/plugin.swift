import Foundation
import PackagePlugin

/// Embeds the package's Migrations/, Seeds/ and Queries/ folders into the target it is applied
/// to, as a generated Swift file, so the built binary needs nothing beside it.
@main
struct EmbedPlanFiles: BuildToolPlugin {
    static let folders = ["Migrations", "Seeds", "Queries"]
    static let extensions: Set<String> = ["sql", "yaml", "yml"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where Self.extensions.contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) plan files into \(target.name)",
                executable: try context.tool(named: "Embedder").url,
                arguments: [output.path, root.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
