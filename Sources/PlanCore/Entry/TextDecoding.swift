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

    /// Decodes a file chunk by chunk, in one pass: read as UTF-8 until a byte sequence is not
    /// UTF-8, then as CP932. While every byte so far was ASCII (the same in both) the switch loses
    /// nothing; once UTF-8 text has been read, a later invalid sequence makes the file neither.
    /// (A first pass to choose the encoding read a 1,000,000-row file once more; an entry sheet's
    /// Japanese header decides it in the first chunk.)
    public static func forEachChunk(ofFile path: String, _ body: (String) throws -> Void) throws -> Encoding {
        var decoder = ChunkDecoder()
        try readChunks(path) { try body(try decoder.decode($0)) }
        try decoder.finish()
        return decoder.encoding
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

/// Decodes UTF-8 (BOM dropped) or CP932 (through the C library's iconv) a chunk at a time,
/// starting as UTF-8 (`TextDecoding.forEachChunk`).
struct ChunkDecoder {
    private(set) var encoding = TextDecoding.Encoding.utf8
    /// True once a non-ASCII UTF-8 sequence has been decoded: the file can no longer be CP932.
    private var readUTF8Text = false
    private var carry: [UInt8] = []
    private var first = true
    private var converter: IconvConverter?

    mutating func decode(_ chunk: [UInt8]) throws -> String {
        var bytes = carry + chunk
        carry = []
        if first {
            first = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes.removeFirst(3)
                readUTF8Text = true
            }
        }
        if encoding == .utf8 {
            let cut = UTF8Boundary.completePrefix(bytes)
            if let text = String(validating: bytes[..<cut], as: UTF8.self) {
                carry = Array(bytes[cut...])
                if !readUTF8Text { readUTF8Text = text.utf8.contains { $0 >= 0x80 } }
                return text
            }
            guard !readUTF8Text else { throw TextDecoding.notText }
            encoding = .cp932
            converter = try IconvConverter(from: "CP932")
        }
        guard let converter else { throw TextDecoding.notText }
        let (text, rest) = try converter.convert(bytes)
        carry = rest
        return text
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
