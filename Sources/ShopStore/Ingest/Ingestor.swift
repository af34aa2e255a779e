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

        public init(batchSize: Int = 5_000, follow: Bool = false, commitInterval: Duration = .seconds(1),
                    pollInterval: Duration = .milliseconds(100), maxLineBytes: Int = 8 << 20) {
            self.batchSize = max(1, batchSize); self.follow = follow
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
    private let decoder = EventDecoder()

    public init(store: ShopStore, options: Options = Options()) {
        self.store = store
        self.options = options
    }

    /// Reads `input` to its end (following: until `shouldStop` says so, which also cuts a plain
    /// run short) and returns the counts. `onReject` sees every rejected line in input order, once
    /// its batch is committed; `onCommit` sees the running report after each commit.
    public func run(_ input: Input,
                    onReject: (RejectedLine) throws -> Void,
                    onCommit: (IngestReport) -> Void = { _ in },
                    shouldStop: () -> Bool = { false }) throws -> IngestReport {
        let reader: LineReader
        switch input {
        case .file(let path): reader = try LineReader(path: path, maxLineBytes: options.maxLineBytes)
        case .standardInput: reader = LineReader(descriptor: 0, maxLineBytes: options.maxLineBytes)
        case .descriptor(let fd): reader = LineReader(descriptor: fd, maxLineBytes: options.maxLineBytes)
        }
        var batch = Batch()
        var report = IngestReport()
        let clock = ContinuousClock()
        var lastCommit = clock.now

        func commit() throws {
            if !batch.isEmpty { try batch.commit(to: store, report: &report, onReject: onReject) }
            lastCommit = clock.now
            onCommit(report)
        }

        reading: while true {
            // A line still without its line break when the stop comes is not complete yet (the
            // writer may be mid-line, or the read mid-file); it is left for the next run.
            if shouldStop() { break reading }
            switch try reader.next(follow: options.follow) {
            case .line(let number, let bytes):
                batch.add(number: number, bytes: bytes, decoder: decoder)
                if batch.count >= options.batchSize || clock.now - lastCommit >= options.commitInterval {
                    try commit()
                }
            case .tooLong(let number, let head):
                batch.reject(number: number, reason: "line longer than \(options.maxLineBytes) bytes (kept: its first 200)",
                             bytes: head)
                if batch.count >= options.batchSize || clock.now - lastCommit >= options.commitInterval {
                    try commit()
                }
            case .idle:
                if !batch.isEmpty { try commit() }
                // A pipe was already waited on by the reader; a file has to be looked at again later.
                if case .file = input, !shouldStop() { Thread.sleep(forTimeInterval: Self.seconds(options.pollInterval)) }
            case .end:
                break reading
            }
        }
        try commit()
        return report
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}

/// Lines read since the last commit: decoded events with where they came from, and the lines
/// that did not decode, kept in input order so rejections are reported as they appeared.
private struct Batch {
    private var events: [ShopEvent] = []
    private var eventLines: [(number: Int, bytes: ArraySlice<UInt8>)] = []
    private var entries: [Entry] = []

    private enum Entry {
        case event(Int)
        case bad(number: Int, reason: String, bytes: ArraySlice<UInt8>)
        case blank
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    mutating func add(number: Int, bytes: ArraySlice<UInt8>, decoder: EventDecoder) {
        // Blank lines (a trailing newline, spacing) are not events and are not counted.
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { entries.append(.blank); return }
        let copy = ArraySlice(Array(bytes))
        do {
            let event = try decoder.decode(copy)
            entries.append(.event(events.count))
            events.append(event)
            eventLines.append((number, copy))
        } catch {
            entries.append(.bad(number: number, reason: error.reason, bytes: copy))
        }
    }

    mutating func reject(number: Int, reason: String, bytes: ArraySlice<UInt8>) {
        entries.append(.bad(number: number, reason: reason, bytes: bytes))
    }

    mutating func commit(to store: ShopStore, report: inout IngestReport,
                         onReject: (Ingestor.RejectedLine) throws -> Void) throws {
        let results = events.isEmpty ? [] : try store.apply(events)
        for entry in entries {
            switch entry {
            case .blank: continue
            case .bad(let number, let reason, let bytes):
                report.count(.rejected(reason))
                try onReject(Ingestor.RejectedLine(line: number, reason: reason, original: bytes))
            case .event(let i):
                report.count(results[i])
                if case .rejected(let reason) = results[i] {
                    try onReject(Ingestor.RejectedLine(line: eventLines[i].number, reason: reason,
                                                       original: eventLines[i].bytes))
                }
            }
        }
        self = Batch()
    }
}
