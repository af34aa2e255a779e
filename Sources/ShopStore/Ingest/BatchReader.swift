import Foundation

/// Reads and decodes lines on a thread of its own and cuts them into batches for the writer:
/// when a batch is full, when the commit interval has passed, when the input goes quiet, and at
/// the end. Decoding then overlaps with the writer's transaction instead of waiting for it.
///
/// The line reader and decoder are touched only by the reading thread once it has started, which
/// is why the class may cross to it.
final class BatchReader: @unchecked Sendable {
    struct Settings {
        var batchSize: Int
        var follow: Bool
        var commitInterval: Duration
        var pollInterval: Duration
        var maxLineBytes: Int
        /// A followed file is polled; a pipe is waited on by the line reader itself.
        var pollsWhenIdle: Bool
    }

    private let lines: LineReader
    private let decoder = EventDecoder()
    private let settings: Settings
    private let queue: BatchQueue
    private let shouldStop: @Sendable () -> Bool
    private let done = DispatchSemaphore(value: 0)

    init(lines: LineReader, settings: Settings, queue: BatchQueue, shouldStop: @escaping @Sendable () -> Bool) {
        self.lines = lines; self.settings = settings; self.queue = queue; self.shouldStop = shouldStop
    }

    func start() {
        let thread = Thread { [self] in
            defer { done.signal() }
            do throws(IngestError) {
                try read()
                queue.finish()
            } catch {
                queue.finish(error)
            }
        }
        thread.name = "shopdash.ingest.reader"
        thread.start()
    }

    /// Returns once the reading thread has ended; the line reader is then free to be released.
    func join() { done.wait() }

    private func read() throws(IngestError) {
        var batch = IngestBatch()
        let clock = ContinuousClock()
        var lastCut = clock.now

        /// False when the writer wants no more.
        func cut() -> Bool {
            lastCut = clock.now
            guard !batch.isEmpty else { return !queue.isClosed }
            defer { batch = IngestBatch() }
            return queue.put(batch)
        }
        func due() -> Bool {
            batch.count >= settings.batchSize || clock.now - lastCut >= settings.commitInterval
        }

        while true {
            // A line still without its line break when the stop comes is not complete yet (the
            // writer may be mid-line, or the read mid-file); it is left for the next run.
            if shouldStop() { break }
            switch try lines.next(follow: settings.follow) {
            case .line(let number, let bytes):
                batch.add(number: number, bytes: bytes, decoder: decoder)
                if due() && !cut() { return }
            case .tooLong(let number, let head):
                batch.reject(number: number, reason: "line longer than \(settings.maxLineBytes) bytes (kept: its first 200)",
                             bytes: head)
                if due() && !cut() { return }
            case .idle:
                if !cut() { return }
                if settings.pollsWhenIdle && !shouldStop() {
                    Thread.sleep(forTimeInterval: Self.seconds(settings.pollInterval))
                }
            case .end:
                _ = cut()
                return
            }
        }
        _ = cut()
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
