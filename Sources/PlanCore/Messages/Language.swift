import Foundation

/// The language people read plandb in. Japanese for a Japanese locale or `PLANDB_LANG=ja`,
/// English otherwise; codes, command names and SQL stay as they are in both.
public enum Language: String, Sendable, CaseIterable {
    case ja
    case en

    /// `PLANDB_LANG` (ja or en) wins; otherwise the first locale variable that is set, in the
    /// order POSIX gives them (LC_ALL, then LC_MESSAGES, then LANG), decides: `ja…` is Japanese.
    public static func detect(_ environment: [String: String]) -> Language {
        if let chosen = environment["PLANDB_LANG"].flatMap({ Language(rawValue: $0.lowercased()) }) {
            return chosen
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ja") ? .ja : .en
            }
        }
        return .en
    }

    /// The language of this process, read once from its environment.
    public static let current = detect(ProcessInfo.processInfo.environment)
}
