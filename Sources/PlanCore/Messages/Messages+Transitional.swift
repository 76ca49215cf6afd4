// TRANSITIONAL (issue #11): lets code written before the catalog compile while its messages
// move into the catalog. Removed once every message has a catalog entry; after that the
// compiler refuses any sentence written inline.
extension PlanError {
    public init(_ message: String, advice: String? = nil) {
        self.init(Message("untranslated", en: message, ja: message), advice: advice.map { Message("untranslated", en: $0, ja: $0) })
    }
}

extension PlanError {
    public init(_ message: String, advice: Message?) {
        self.init(Message("untranslated", en: message, ja: message), advice: advice)
    }
}
