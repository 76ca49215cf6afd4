extension Substring {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, the
    /// ideographic space). Pure Swift: Foundation's trimmingCharacters goes through NSString on
    /// Linux and cost a third of an entry import's time.
    var trimmed: String {
        // Most cells start and end with a visible ASCII character: nothing to trim.
        if let head = utf8.first, let tail = utf8.last, head > 0x20, head < 0x7F, tail > 0x20, tail < 0x7F { return String(self) }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    var trimmed: String { self[...].trimmed }
}

extension StringProtocol {
    /// True when every byte is printable ASCII: such text needs no NFKC normalisation.
    var isPlainASCII: Bool { utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
}
