import Foundation

/// The hand-over between the reading thread and the writer: room for one finished batch, so the
/// reader decodes the next batch while the writer commits the previous one, and memory stays at
/// three batches however fast the input comes.
///
/// Either side can end it: the reader with `finish` (input ended or failed), the writer with
/// `close` (a commit failed or the writer stopped), after which the reader's next `put` says no.
final class BatchQueue: @unchecked Sendable {
    enum Taken {
        case batch(IngestBatch)
        /// Nothing arrived within the wait.
        case empty
        /// The reader is done and everything it put has been taken.
        case finished
        case failed(IngestError)
    }

    private let condition = NSCondition()
    private var waiting: IngestBatch?
    private var finished = false
    private var failure: IngestError?
    private var closed = false
    /// Readers waiting in `put` for room: what tests watch to see the bound hold.
    private var blockedPuts = 0

    /// Hands a batch to the writer, waiting while the previous one is still untaken. False when
    /// the writer has closed the queue: the batch is dropped and the reader should stop.
    func put(_ batch: IngestBatch) -> Bool {
        condition.lock(); defer { condition.unlock() }
        while waiting != nil && !closed {
            blockedPuts += 1
            condition.wait()
            blockedPuts -= 1
        }
        guard !closed else { return false }
        waiting = batch
        condition.broadcast()
        return true
    }

    /// The reader has nothing more; `error` when reading failed.
    func finish(_ error: IngestError? = nil) {
        condition.lock(); defer { condition.unlock() }
        finished = true
        failure = error
        condition.broadcast()
    }

    /// The writer takes no more batches.
    func close() {
        condition.lock(); defer { condition.unlock() }
        closed = true
        waiting = nil
        condition.broadcast()
    }

    var waitingPuts: Int {
        condition.lock(); defer { condition.unlock() }
        return blockedPuts
    }

    var isClosed: Bool {
        condition.lock(); defer { condition.unlock() }
        return closed
    }

    /// The next batch, waiting at most `timeout` for one.
    func take(timeout: TimeInterval) -> Taken {
        condition.lock(); defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(timeout)
        while waiting == nil && !finished {
            if !condition.wait(until: deadline) { break }
        }
        if let batch = waiting {
            waiting = nil
            condition.broadcast()
            return .batch(batch)
        }
        if finished { return failure.map { .failed($0) } ?? .finished }
        return .empty
    }
}
