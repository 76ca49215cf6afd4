/// The document's order for stable codes: "6-10" after "6-9", "6-1-I2" after "6-1-I1".
public enum CodeOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        precedes(parts: parts(a), parts(b))
    }

    /// `precedes` on codes already split by `parts`: a sort of many codes splits each once.
    static func precedes(parts left: [String], _ right: [String]) -> Bool {
        for (x, y) in zip(left, right) where x != y {
            switch (Int(x), Int(y)) {
            case (let i?, let j?): return i < j
            case (nil, .some): return false
            case (.some, nil): return true
            default: return x < y
            }
        }
        return left.count < right.count
    }

    /// "6-1-I12" → ["6", "1", "I", "12"]: letters and digit runs apart, so I12 sorts after I2.
    static func parts(_ code: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in code {
            if character == "-" {
                if !current.isEmpty { result.append(current) }
                current = ""
            } else if let last = current.last, last.isNumber != character.isNumber {
                result.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
