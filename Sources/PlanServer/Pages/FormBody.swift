import Foundation
import Hummingbird
import NIOCore
import PlanCore

/// A browser form's fields (application/x-www-form-urlencoded), read up to the body limit.
/// A form the server cannot read exactly is refused whole, as the API refuses a body that is
/// not JSON: bytes that are not UTF-8, or a `%` not followed by two hex digits, would otherwise
/// be stored as U+FFFD or lose their field while the page said 保存しました.
enum FormBody {
    static func read(_ request: Request, limit: Int) async throws -> [String: String] {
        let buffer = try await JSONObject.collect(request, limit: limit)
        guard let fields = parse(Array(buffer.readableBytesView)) else { throw APIError(.badRequest, .formMalformed, advice: .formMalformedAdvice) }
        return fields
    }

    /// `a=1&b=%E3%81%82+x` → ["a": "1", "b": "あ x"]; the first of a repeated name wins; nil
    /// when a name or value is not exactly UTF-8 after decoding.
    static func parse(_ bytes: [UInt8]) -> [String: String]? {
        var fields: [String: String] = [:]
        for pair in bytes.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = parts.count == 2 ? decode(parts[1]) : "" else { return nil }
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    static func parse(_ text: String) -> [String: String]? {
        parse(Array(text.utf8))
    }

    private static func decode(_ part: ArraySlice<UInt8>) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.count)
        var index = part.startIndex
        while index < part.endIndex {
            let byte = part[index]
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(0x20)
                index += 1
            case UInt8(ascii: "%"):
                guard part.endIndex - index >= 3,
                      let high = hexValue(part[index + 1]), let low = hexValue(part[index + 2]) else { return nil }
                bytes.append(high << 4 | low)
                index += 3
            default:
                bytes.append(byte)
                index += 1
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
