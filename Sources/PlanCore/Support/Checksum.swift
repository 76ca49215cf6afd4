import Crypto
import Foundation

enum Checksum {
    /// Lower-case hex SHA-256 of the bytes.
    static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lower-case hex of a finished digest (one fed piece by piece, say).
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }

    /// SHA-256 of a text file with CRLF and CR line endings made LF, so a checkout on Windows
    /// or an editor that changes line endings does not look like an edited migration.
    static func sha256NormalizingLineEndings(_ text: String) -> String {
        sha256(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }
}
