import Foundation

/// A new file written in blocks of 64 KiB: text goes in piece by piece, however long the whole.
/// A failed write is remembered (with its errno) and reported by `finish()`, so that the pieces
/// can be given by code that does not throw (RowWriter).
final class BufferedFile {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var failure: Int32?
    static let blockSize = 1 << 16

    /// nil when the file cannot be created (errno says why).
    init?(creating path: String) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else { return nil }
        buffer.reserveCapacity(Self.blockSize * 2)
    }

    deinit { close(descriptor) }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { flush() }
    }

    /// Bytes written as they are, after what is buffered.
    func write(_ data: Data) {
        flush()
        data.withUnsafeBytes(writeAll)
    }

    private func flush() {
        buffer.withUnsafeBytes(writeAll)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        var done = 0
        while done < bytes.count {
            let wrote = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if wrote < 0 { failure = errno; return }
            done += wrote
        }
    }

    /// Writes what is left and syncs; returns the errno of the first failure, if any.
    func finish() -> Int32? {
        flush()
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        return failure
    }
}
