import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text files as Japanese Excel saves them: UTF-8 with or without BOM, or CP932 (Shift_JIS
/// with Microsoft's extensions such as ① and 髙), detected from the bytes. A file is read a
/// chunk at a time, so its size does not set the memory a command needs.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", cp932 = "CP932 (Shift_JIS)" }

    static let chunkSize = 1 << 20
    static let notText = PlanError(.entryNotText, advice: .entryNotTextAdvice)

    /// Decodes a file chunk by chunk: the encoding is found in a first pass (UTF-8 when every
    /// byte sequence is valid UTF-8, else CP932), then each decoded chunk goes to `body`.
    public static func forEachChunk(ofFile path: String, _ body: (String) throws -> Void) throws -> Encoding {
        var validator = UTF8Validator()
        try readChunks(path) { validator.feed($0) }
        let encoding: Encoding = validator.finish() ? .utf8 : .cp932
        var decoder = try ChunkDecoder(encoding)
        try readChunks(path) { try body(try decoder.decode($0)) }
        try decoder.finish()
        return encoding
    }

    /// The start of a file as text, its encoding judged from those bytes alone, and whether it
    /// is the whole file: enough to read an entry sheet's header and first row without a pass
    /// over a file of any size (judging a 1,000,000-row file's encoding took a full read).
    static func head(ofFile path: String, limit: Int = 64 << 10) -> (text: String, whole: Bool)? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: limit + 1) else { return nil }
        var bytes = [UInt8](data.prefix(limit))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let whole = data.count <= limit
        if let text = String(validating: bytes[..<UTF8Boundary.completePrefix(bytes)], as: UTF8.self) { return (text, whole) }
        guard let converter = try? IconvConverter(from: "CP932"), let converted = try? converter.convert(bytes) else { return nil }
        return (converted.0, whole)
    }

    static func readChunks(_ path: String, _ body: ([UInt8]) throws -> Void) throws {
        guard let stream = InputStream(fileAtPath: path) else {
            throw PlanError(.entryCannotRead(path), advice: .entryCannotOpenAdvice)
        }
        stream.open()
        defer { stream.close() }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = stream.read(&buffer, maxLength: buffer.count)
            if count < 0 { throw PlanError(.entryCannotRead(path), advice: .entryCannotReadAdvice) }
            if count == 0 { return }
            try body(Array(buffer[0..<count]))
        }
    }
}

/// Checks UTF-8 a chunk at a time; a sequence split between chunks is carried over.
struct UTF8Validator {
    private var carry: [UInt8] = []
    private var valid = true
    private var first = true

    mutating func feed(_ chunk: [UInt8]) {
        guard valid else { return }
        var bytes = carry + chunk
        if first {
            first = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        let cut = UTF8Boundary.completePrefix(bytes)
        carry = Array(bytes[cut...])
        if String(validating: bytes[..<cut], as: UTF8.self) == nil { valid = false }
    }

    mutating func finish() -> Bool { valid && carry.isEmpty }
}

enum UTF8Boundary {
    /// How many leading bytes form complete UTF-8 sequences (at most 3 bytes are held back).
    static func completePrefix(_ bytes: [UInt8]) -> Int {
        var index = bytes.count
        var back = 0
        while index > 0, back < 4 {
            let byte = bytes[index - 1]
            if byte & 0xC0 != 0x80 {
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return back + 1 >= length ? bytes.count : index - 1
            }
            index -= 1
            back += 1
        }
        return bytes.count
    }
}

/// Decodes UTF-8 (BOM dropped) or CP932 (through the C library's iconv) a chunk at a time.
struct ChunkDecoder {
    let encoding: TextDecoding.Encoding
    private var carry: [UInt8] = []
    private var first = true
    private var converter: IconvConverter?

    init(_ encoding: TextDecoding.Encoding) throws {
        self.encoding = encoding
        if encoding == .cp932 { converter = try IconvConverter(from: "CP932") }
    }

    mutating func decode(_ chunk: [UInt8]) throws -> String {
        var bytes = carry + chunk
        carry = []
        if first {
            first = false
            if encoding == .utf8, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        switch encoding {
        case .utf8:
            let cut = UTF8Boundary.completePrefix(bytes)
            carry = Array(bytes[cut...])
            guard let text = String(validating: bytes[..<cut], as: UTF8.self) else { throw TextDecoding.notText }
            return text
        case .cp932:
            guard let converter else { throw TextDecoding.notText }
            let (text, rest) = try converter.convert(bytes)
            carry = rest
            return text
        }
    }

    func finish() throws {
        if !carry.isEmpty { throw TextDecoding.notText }
    }
}

/// One iconv conversion to UTF-8 kept open across chunks.
final class IconvConverter {
    private let handle: iconv_t

    init(from encoding: String) throws {
        guard let handle = iconv_open("UTF-8", encoding), handle != iconv_t(bitPattern: -1) else { throw TextDecoding.notText }
        self.handle = handle
    }

    deinit { iconv_close(handle) }

    /// Converts what it can; an incomplete sequence at the end is returned to be prefixed to
    /// the next chunk. Bytes that are not CP932 are an error.
    func convert(_ bytes: [UInt8]) throws -> (String, [UInt8]) {
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 3 + 4)
        let (produced, left, failure): (Int, Int, Int32) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return (outBuffer.count - outLeft, inLeft, result == -1 ? errno : 0)
            }
        }
        if failure != 0, failure != EINVAL { throw TextDecoding.notText }
        let text = String(decoding: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (text, Array(bytes[(bytes.count - left)...]))
    }
}
