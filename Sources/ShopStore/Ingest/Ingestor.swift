import Foundation
import ShopModel

/// Streams JSON Lines into the store: decodes line by line and commits in batches, each batch
/// one transaction. A crash loses at most the open batch; running the same input again skips
/// what was committed (duplicates) and completes the rest.
public final class Ingestor {
    public struct Options: Sendable {
        public var batchSize: Int
        /// Keep reading at the end of the input: a growing file (also across rotation) or a pipe.
        public var follow: Bool
        /// Pending events are committed at least this often while input keeps coming.
        public var commitInterval: Duration
        /// How often a followed file is looked at again when it has nothing new.
        public var pollInterval: Duration
        /// Longer lines are rejected without being held in memory.
        public var maxLineBytes: Int
        /// Who runs the ingest, with `ingest:FILE` as the source: changes to stored coupon batches
        /// are audited under it. nil writes no audit rows.
        public var auditedAs: Actor?

        public init(batchSize: Int = 20_000, follow: Bool = false, commitInterval: Duration = .seconds(1),
                    pollInterval: Duration = .milliseconds(100), maxLineBytes: Int = 8 << 20, auditedAs: Actor? = nil) {
            self.batchSize = max(1, batchSize); self.follow = follow; self.auditedAs = auditedAs
            self.commitInterval = commitInterval; self.pollInterval = pollInterval
            self.maxLineBytes = max(200, maxLineBytes)
        }
    }

    /// One rejected line, as the caller reports it: the input's own bytes included.
    public struct RejectedLine {
        public var line: Int
        public var reason: String
        public var original: ArraySlice<UInt8>
    }

    public enum Input {
        case file(String)
        case standardInput
        /// An open descriptor such as a pipe; the caller keeps ownership.
        case descriptor(Int32)
    }

    private let store: ShopStore
    private let options: Options

    public init(store: ShopStore, options: Options = Options()) {
        self.store = store
        self.options = options
    }

    /// Reads `input` to its end (following: until `shouldStop` says so, which also cuts a plain
    /// run short) and returns the counts. Lines are read and decoded on another thread while this
    /// one writes the previous batch. `onReject` sees every rejected line in input order, once
    /// its batch is committed; `onCommit` sees the running report after each commit. A failing
    /// commit or `onReject` stops the reading and is thrown.
    public func run(_ input: Input,
                    onReject: (RejectedLine) throws -> Void,
                    onCommit: (IngestReport) -> Void = { _ in },
                    shouldStop: @escaping @Sendable () -> Bool = { false }) throws -> IngestReport {
        let lines: LineReader
        switch input {
        case .file(let path): lines = try LineReader(path: path, maxLineBytes: options.maxLineBytes)
        case .standardInput: lines = LineReader(descriptor: 0, maxLineBytes: options.maxLineBytes)
        case .descriptor(let fd): lines = LineReader(descriptor: fd, maxLineBytes: options.maxLineBytes)
        }
        var pollsWhenIdle = false
        if case .file = input { pollsWhenIdle = true }
        let queue = BatchQueue()
        let reader = BatchReader(
            lines: lines,
            settings: .init(batchSize: options.batchSize, follow: options.follow, commitInterval: options.commitInterval,
                            pollInterval: options.pollInterval, maxLineBytes: options.maxLineBytes,
                            pollsWhenIdle: pollsWhenIdle),
            queue: queue, shouldStop: shouldStop)
        reader.start()
        // Whatever ends the writing, the reader stops too and is gone before `run` returns: the
        // caller may close a descriptor it lent.
        defer { queue.close(); reader.join() }

        var report = IngestReport()
        writing: while true {
            switch queue.take(timeout: 0.5) {
            case .batch(let batch):
                try batch.commit(to: store, auditedAs: options.auditedAs, report: &report, onReject: onReject)
                onCommit(report)
            case .empty: continue
            case .finished: break writing
            case .failed(let error): throw error
            }
        }
        onCommit(report)
        return report
    }
}
