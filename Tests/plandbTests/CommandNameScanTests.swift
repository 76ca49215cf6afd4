import Foundation
import Testing

/// Every command names itself in its configuration. Without `commandName:` ArgumentParser derives
/// the name from the type's name at every start, for every subcommand: demangling and protocol
/// conformance scans that cost a one-row query about 3 ms of its 17 (issue #14, BENCHMARKS.md).
@Suite struct CommandNameScanTests {
    @Test func everyConfigurationNamesItsCommand() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/plandb")
        var unnamed: [String] = []
        var seen = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var rest = text[...]
            while let start = rest.range(of: "CommandConfiguration(") {
                seen += 1
                // The arguments up to the closing parenthesis that matches the opening one.
                var depth = 1
                var index = start.upperBound
                while depth > 0, index < rest.endIndex {
                    if rest[index] == "(" { depth += 1 } else if rest[index] == ")" { depth -= 1 }
                    index = rest.index(after: index)
                }
                if !rest[start.upperBound..<index].contains("commandName:") {
                    unnamed.append("\(file): \(rest[start.lowerBound...].prefix(60))")
                }
                rest = rest[index...]
            }
        }
        #expect(unnamed == [])
        #expect(seen > 40)
    }
}
