import Foundation
import Hummingbird
import NIOCore

/// A browser form's fields (application/x-www-form-urlencoded), read up to the body limit.
enum FormBody {
    static func read(_ request: Request, limit: Int) async throws -> [String: String] {
        parse(String(buffer: try await JSONObject.collect(request, limit: limit)))
    }

    /// `a=1&b=%E3%81%82+x` → ["a": "1", "b": "あ x"]; the first of a repeated name wins.
    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? { part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decode(parts[0]), let value = parts.count == 2 ? decode(parts[1]) : "" else { continue }
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }
}
