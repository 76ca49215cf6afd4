import Foundation

/// Reads a CSV file on a second thread while the caller works on the records already read.
///
/// A large entry sheet's import is two kinds of work: turning bytes into records (decoding,
/// parsing, making a String of every cell) and checking and staging each record in SQLite. The
/// first needs nothing of the second, so it runs ahead on another core, a batch of records at a
/// time; the caller's thread keeps the database connection and the transaction to itself.
/// At most `queuedBatches` batches wait, so memory stays bounded whatever the file's size.
/// Batches are small on purpose: a batch of 256 records is still in the processor's cache when
/// the caller takes it. (Measured on a 1,000,000-row entry sheet: batches of 2,048, four waiting,
/// took 20–50 MiB more memory and more time than 256 with two; the import went from 9.0 s to 7.6.)
///
/// Records reach `body` in file order, on the caller's thread; a reading error (an undecodable
/// byte, a quote never closed) is thrown after the records before it, as a plain `CSVParser` fed
/// chunk by chunk would. When `body` throws, reading stops and the error is rethrown.
enum CSVReadAhead {
    static let batchSize = 256
    static let queuedBatches = 2

    /// Every record of the file at `path`, made ready by `prepare` on the reading thread;
    /// returns the encoding the file was read in.
    static func forEachRecord<Prepared: Sendable>(
        ofFile path: String, prepare: @escaping @Sendable (CSVRecord) -> Prepared, _ body: (Prepared) throws -> Void
    ) throws -> TextDecoding.Encoding {
        let queue = BatchQueue<Prepared>(limit: queuedBatches)
        let reader = Thread {
            var batch: [Prepared] = []
            batch.reserveCapacity(batchSize)
            let read = Result {
                var parser = CSVParser { record in
                    batch.append(prepare(record))
                    guard batch.count == batchSize else { return }
                    try queue.put(batch)
                    batch.removeAll(keepingCapacity: true)
                }
                let encoding = try TextDecoding.forEachChunk(ofFile: path) { try parser.feed($0) }
                try parser.finish()
                return encoding
            }
            // The records read before an error are handed on too, as a parser on the caller's
            // thread would have handed them on before throwing.
            if !batch.isEmpty { try? queue.put(batch) }
            queue.finish(read)
        }
        reader.name = "plandb-csv-reader"
        reader.start()
        do {
            while let batch = queue.take() {
                for record in batch { try body(record) }
            }
        } catch {
            queue.cancel()
            throw error
        }
        return try queue.outcome()
    }
}

/// The batches between the reading thread and the caller's, and how the reading ended.
private final class BatchQueue<Item: Sendable>: @unchecked Sendable {
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var ended: Result<TextDecoding.Encoding, any Error>?
    private var cancelled = false
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Hands a batch on; waits while `limit` batches wait already. Throws once the caller has stopped.
    func put(_ batch: [Item]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= limit && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        batches.append(batch)
        condition.broadcast()
    }

    /// The reading thread's last word: the encoding, or the error that stopped it.
    func finish(_ result: Result<TextDecoding.Encoding, any Error>) {
        condition.lock()
        ended = result
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, nil once every batch has been taken and the reading has ended.
    func take() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && ended == nil { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    /// How the reading ended; only after `take` gave nil.
    func outcome() throws -> TextDecoding.Encoding {
        condition.lock()
        defer { condition.unlock() }
        return try ended!.get()
    }

    /// Stops the reading thread and waits until it has ended, so that no thread outlives the
    /// call that started it (nor holds the file open after it).
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while ended == nil { condition.wait() }
    }
}
