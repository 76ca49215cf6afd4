/// One sentence a person reads, in both languages, with a stable key. Every message plandb
/// shows comes from the catalog: the `Message` extensions in this folder, one file per area.
/// Code never writes a sentence inline; it calls a catalog entry, so both languages always exist
/// and a translator finds every sentence in one place.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    /// Stable across releases (`area.name`): tests and translators refer to messages by it.
    public let key: String
    public let en: String
    public let ja: String

    init(_ key: String, en: String, ja: String) {
        self.key = key
        self.en = en
        self.ja = ja
    }

    public func text(_ language: Language = .current) -> String {
        switch language {
        case .ja: return ja
        case .en: return en
        }
    }

    public var description: String { text() }
}
