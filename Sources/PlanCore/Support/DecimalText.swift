/// Decimal numbers as text, checked by hand: a Swift regex literal is parsed again each time
/// it is evaluated, which made checking a million values cost seconds.
enum DecimalText {
    /// `-?[0-9]+(\.[0-9]+)?`: digits with an optional minus sign and fraction.
    static func isPlain(_ text: Substring) -> Bool {
        var rest = text
        // Looked for as bytes, as the point below: a minus sign carrying a combining mark then
        // leaves the mark at the start, which is no digit, so the answer is still no.
        if rest.utf8.first == UInt8(ascii: "-") { rest = rest[rest.utf8.index(after: rest.startIndex)...] }
        // Looked for as a byte: every imported value comes here, and Characters cost more.
        guard let dot = rest.utf8.firstIndex(of: UInt8(ascii: ".")) else { return isDigits(rest) }
        return isDigits(rest[..<dot]) && isDigits(rest[rest.utf8.index(after: dot)...])
    }

    static func isPlain(_ text: String) -> Bool { isPlain(text[...]) }

    /// `-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?`: thousands separated by commas.
    static func isGrouped(_ text: String) -> Bool {
        var rest = text[...]
        if rest.first == "-" { rest = rest.dropFirst() }
        var fraction: Substring? = nil
        if let dot = rest.firstIndex(of: ".") {
            fraction = rest[rest.index(after: dot)...]
            rest = rest[..<dot]
        }
        let groups = rest.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count), isDigits(first) else { return false }
        guard groups.dropFirst().allSatisfy({ $0.count == 3 && isDigits($0) }) else { return false }
        return fraction.map(isDigits) ?? true
    }

    static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
