import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text files as Japanese Excel saves them: UTF-8 with or without BOM, or CP932 (Shift_JIS
/// with Microsoft's extensions such as ① and 髙), detected from the bytes.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", cp932 = "CP932 (Shift_JIS)" }

    public static func decode(_ data: Data) throws -> (text: String, encoding: Encoding) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return (text, .utf8) }
        if let text = cp932(bytes) { return (text, .cp932) }
        throw PlanError(
            "the file is neither UTF-8 nor Shift_JIS (CP932) text",
            advice: "in Excel, save it as 「CSV UTF-8 (コンマ区切り)」 or 「CSV (コンマ区切り)」")
    }

    /// Converts with the C library's iconv; nil when a byte sequence is not CP932.
    static func cp932(_ data: Data) -> String? {
        let converter = iconv_open("UTF-8", "CP932")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for (index, byte) in raw.enumerated() { input[index] = CChar(bitPattern: byte) }
        }
        var output = [CChar](repeating: 0, count: data.count * 3 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
