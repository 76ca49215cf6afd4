extension Substring {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, the
    /// ideographic space). Pure Swift: Foundation's trimmingCharacters goes through NSString on
    /// Linux and cost a third of an entry import's time.
    var trimmed: String {
        // Most cells start and end with a visible ASCII character or a kanji: nothing to trim.
        if hasPlainEnds { return String(self) }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// True when the first and last characters are plainly not white space, read from the
    /// bytes: visible ASCII, or any scalar from U+4000 at the start and a kanji (U+4000–U+9FFF)
    /// at the end. All white space lies below U+4000, and a kanji never joins the scalar before
    /// it into one character, so the last character is that kanji.
    private var hasPlainEnds: Bool {
        let bytes = utf8
        guard startsPlainly, let tail = bytes.last else { return false }
        if tail < 0x80 { return (0x21..<0x7F).contains(tail) }
        // A valid three-byte sequence ends here exactly when its lead byte is three bytes back.
        guard let lead = bytes.index(bytes.endIndex, offsetBy: -3, limitedBy: bytes.startIndex) else { return false }
        return (0xE4...0xE9).contains(bytes[lead])
    }

    /// True when the first byte is visible ASCII or starts a scalar from U+4000 on, none of
    /// which is white space.
    private var startsPlainly: Bool {
        guard let head = utf8.first else { return false }
        return (0x21..<0x7F).contains(head) || head >= 0xE4
    }

    /// True when the text is empty or white space only.
    var isBlank: Bool { !startsPlainly && allSatisfy(\.isWhitespace) }
}

extension String {
    var trimmed: String { self[...].trimmed }
    var isBlank: Bool { self[...].isBlank }
}

extension StringProtocol {
    /// True when every byte is printable ASCII: such text needs no NFKC normalisation.
    var isPlainASCII: Bool { utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
}
