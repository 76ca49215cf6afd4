import Foundation

/// A browser form with a file (multipart/form-data, RFC 7578): each field's name, the file's
/// name when it is one, and its bytes. A body the server cannot read exactly is refused whole
/// (nil), as FormBody refuses a form it cannot decode.
struct MultipartForm {
    struct Part {
        let name: String
        let fileName: String?
        let data: Data
    }

    let parts: [Part]

    /// The text of field `name` (the first of that name), nil when absent or not UTF-8.
    func text(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.flatMap { String(data: $0.data, encoding: .utf8) }
    }

    /// The file of field `name`.
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.fileName != nil }
    }

    /// The boundary of a `multipart/form-data; boundary=…` content type.
    static func boundary(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            let value = piece.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.count > 70 ? nil : value
        }
        return nil
    }

    static func parse(_ body: Data, boundary: String) -> MultipartForm? {
        let delimiter = Data(("--" + boundary).utf8), crlf = Data("\r\n".utf8), headerEnd = Data("\r\n\r\n".utf8)
        guard let first = body.range(of: delimiter) else { return nil }
        var parts: [Part] = []
        var position = first.upperBound
        while true {
            // After a delimiter: `--` ends the body, CRLF starts a part.
            if body[position...].starts(with: Data("--".utf8)) { return MultipartForm(parts: parts) }
            guard body[position...].starts(with: crlf) else { return nil }
            let start = position + crlf.count
            guard let headersEnd = body.range(of: headerEnd, in: start..<body.endIndex),
                  let next = body.range(of: crlf + delimiter, in: headersEnd.upperBound..<body.endIndex),
                  let headers = String(data: body[start..<headersEnd.lowerBound], encoding: .utf8),
                  let disposition = Self.disposition(headers)
            else { return nil }
            parts.append(Part(name: disposition.name, fileName: disposition.fileName, data: Data(body[headersEnd.upperBound..<next.lowerBound])))
            position = next.upperBound
        }
    }

    /// The `name` and `filename` of a part's `Content-Disposition: form-data` header.
    static func disposition(_ headers: String) -> (name: String, fileName: String?)? {
        for line in headers.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var name: String?, fileName: String?
            for parameter in Self.parameters(String(pair[1])) {
                if parameter.key == "name" { name = parameter.value }
                if parameter.key == "filename" { fileName = parameter.value }
            }
            return name.map { ($0, fileName) }
        }
        return nil
    }

    /// `form-data; name="file"; filename="a;b.xlsx"` → [("name", "file"), ("filename", "a;b.xlsx")]:
    /// a quoted value may hold `;`, and a browser escapes `"` in it as `%22`.
    static func parameters(_ text: String) -> [(key: String, value: String)] {
        var result: [(key: String, value: String)] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard let equals = text[index...].firstIndex(of: "=") else { break }
            // The name after the last `;` before `=`: `form-data; name` is the parameter `name`.
            let key = (text[index..<equals].split(separator: ";", omittingEmptySubsequences: false).last ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            var valueStart = text.index(after: equals)
            var value = ""
            if valueStart < text.endIndex, text[valueStart] == "\"" {
                valueStart = text.index(after: valueStart)
                let close = text[valueStart...].firstIndex(of: "\"") ?? text.endIndex
                value = String(text[valueStart..<close])
                index = close < text.endIndex ? text.index(after: close) : close
            } else {
                let end = text[valueStart...].firstIndex(of: ";") ?? text.endIndex
                value = text[valueStart..<end].trimmingCharacters(in: .whitespaces)
                index = end
            }
            result.append((key, value.replacingOccurrences(of: "%22", with: "\"")))
            if index < text.endIndex, text[index] == ";" { index = text.index(after: index) }
        }
        return result
    }
}
