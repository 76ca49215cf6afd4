import Crypto
import Foundation

enum Checksum {
    /// Lower-case hex SHA-256 of the bytes.
    static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lower-case hex of a finished digest (one fed piece by piece, say).
    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(SHA256.byteCount * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }

    /// SHA-256 of a text file with CRLF and CR line endings made LF, so a checkout on Windows
    /// or an editor that changes line endings does not look like an edited migration.
    /// Done over the UTF-8 bytes: Foundation's replacingOccurrences goes through NSString on
    /// Linux, and every command checks the migrations' checksums when it opens the plan (it was
    /// a quarter of a `status` on the embedded plan, issue #14).
    static func sha256NormalizingLineEndings(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A, afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == 0x0D
            bytes.append(afterCR ? 0x0A : byte)
        }
        return hex(SHA256.hash(data: bytes))
    }
}
