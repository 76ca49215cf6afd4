import Foundation
import Testing

/// The message catalog is Sources/PlanCore/Messages/Messages+*.swift: every entry is written
/// `Message("area.key", en: "…", ja: "…")`, each text one string literal. These tests read the
/// files as text, so that an entry missing a language, a key used twice or a translation that
/// drops a value fails the build's tests, not a clerk.
@Suite struct CatalogTests {
    struct Entry {
        let file: String
        let key: String
        let en: String
        let ja: String
    }

    static let messagesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Sources/PlanCore/Messages")

    static func catalogFiles() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: messagesFolder.path)
            .filter { $0.hasPrefix("Messages+") && $0.hasSuffix(".swift") && $0 != "Messages+Transitional.swift" }
            .sorted()
            .map { ($0, try String(contentsOf: messagesFolder.appending(path: $0), encoding: .utf8)) }
    }

    static let literal = #""((?:[^"\\]|\\.)*)""#
    static let entryPattern = try! NSRegularExpression(
        pattern: #"Message\(\s*"([a-z0-9_.]+)",\s*en:\s*"# + literal + #",\s*ja:\s*"# + literal + #"\s*\)"#)
    static let opening = try! NSRegularExpression(pattern: #"Message\(\s*""#)

    static func entries() throws -> [Entry] {
        var result: [Entry] = []
        for (name, text) in try catalogFiles() {
            let range = NSRange(text.startIndex..., in: text)
            let found = entryPattern.matches(in: text, range: range)
            #expect(found.count == opening.numberOfMatches(in: text, range: range),
                    "\(name): every entry must read Message(\"key\", en: \"…\", ja: \"…\") with one literal per language")
            for match in found {
                func group(_ i: Int) -> String { String(text[Range(match.range(at: i), in: text)!]) }
                result.append(Entry(file: name, key: group(1), en: group(2), ja: group(3)))
            }
        }
        return result
    }

    /// The `\(value)` interpolations of a text, as a set.
    static func placeholders(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\\\(([^()]*(?:\([^()]*\)[^()]*)*)\)"#)
        return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            // A value given in both languages is `\(x.en)` in one text and `\(x.ja)` in the other.
            let value = String(text[Range($0.range(at: 1), in: text)!])
            return value.hasSuffix(".en") || value.hasSuffix(".ja") ? String(value.dropLast(3)) : value
        })
    }

    static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func theCatalogHasEntries() throws {
        #expect(try Self.entries().count > 10)
    }

    @Test func everyKeyIsUsedOnce() throws {
        let keys = try Self.entries().map(\.key)
        let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "keys used more than once: \(repeated)")
    }

    @Test func everyMessageExistsInBothLanguages() throws {
        for entry in try Self.entries() {
            #expect(!entry.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.file) \(entry.key): no English")
            #expect(!entry.ja.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.file) \(entry.key): no Japanese")
            #expect(entry.en != entry.ja, "\(entry.file) \(entry.key): the Japanese is a copy of the English")
            // A Japanese text needs Japanese words, unless it is only placeholders and punctuation.
            let bare = entry.ja.replacingOccurrences(of: #"\\\([^)]*\)"#, with: "", options: .regularExpression)
            #expect(Self.hasJapanese(entry.ja) || !bare.contains(where: \.isLetter), "\(entry.file) \(entry.key): the Japanese text has no Japanese in it")
        }
    }

    @Test func bothLanguagesCarryTheSameValues() throws {
        for entry in try Self.entries() {
            #expect(Self.placeholders(entry.en) == Self.placeholders(entry.ja),
                    "\(entry.file) \(entry.key): en has \(Self.placeholders(entry.en).sorted()), ja has \(Self.placeholders(entry.ja).sorted())")
        }
    }
}
