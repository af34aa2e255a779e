import Foundation
import Testing
import ShopModel
@testable import ShopStore

/// The reader thread and the writer: how batches cross between them and how either ends the run.
@Suite struct IngestPipelineTests {
    private func batch(_ line: String, number: Int) -> IngestBatch {
        var b = IngestBatch()
        b.add(number: number, bytes: ArraySlice(Array(line.utf8)), decoder: EventDecoder())
        return b
    }

    @Test func theQueueHoldsOneBatchAndMakesTheReaderWait() throws {
        let queue = BatchQueue()
        #expect(queue.put(batch(orderLine("A"), number: 1)))
        let second = ResultFlag()
        Thread.detachNewThread { second.set(queue.put(self.batch(orderLine("B"), number: 2))) }
        try waitUntil("the reader to wait for room") { queue.waitingPuts == 1 }
        #expect(second.value == nil)
        guard case .batch(let first) = queue.take(timeout: 1) else { Issue.record("no first batch"); return }
        #expect(first.count == 1)
        try waitUntil("the second put") { second.value != nil }
        #expect(second.value == true)
        queue.finish()
        guard case .batch = queue.take(timeout: 1) else { Issue.record("no second batch"); return }
        guard case .finished = queue.take(timeout: 0) else { Issue.record("not finished"); return }
    }

    @Test func closingTheQueueReleasesAWaitingReader() throws {
        let queue = BatchQueue()
        #expect(queue.put(batch(orderLine("A"), number: 1)))
        let second = ResultFlag()
        Thread.detachNewThread { second.set(queue.put(self.batch(orderLine("B"), number: 2))) }
        try waitUntil("the reader to wait for room") { queue.waitingPuts == 1 }
        queue.close()
        try waitUntil("the refused put") { second.value != nil }
        #expect(second.value == false)
        #expect(!queue.put(batch(orderLine("C"), number: 3)))
    }

    @Test func aReadFailureReachesTheWriter() {
        let queue = BatchQueue()
        queue.finish(.cannotRead("in.jsonl", "I/O error"))
        guard case .failed(let error) = queue.take(timeout: 0) else { Issue.record("no failure"); return }
        #expect(error == .cannotRead("in.jsonl", "I/O error"))
    }

    @Test func aFailingWriterStopsTheReaderOfAnEndlessPipe() throws {
        let t = try TempStore()
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        struct RejectsFull: Error {}
        let lines = [orderLine("W1"), "not json", orderLine("W2")].joined(separator: "\n") + "\n"
        _ = Array(lines.utf8).withUnsafeBytes { Foundation.write(fds[1], $0.baseAddress, $0.count) }
        // Following a pipe that is never closed: only the writer's failure can end this run.
        #expect(throws: RejectsFull.self) {
            try Ingestor(store: t.store, options: .init(batchSize: 1, follow: true))
                .run(.descriptor(fds[0]), onReject: { _ in throw RejectsFull() })
        }
        // The order before the bad line was committed; nothing after the failure was.
        #expect(try t.store.stats().orders == 1)
    }

    @Test func everyLineIsCountedOnceWhateverTheBatchSize() throws {
        var lines: [String] = []
        for i in 0..<250 {
            lines.append(i % 50 == 7 ? "{broken" : orderLine("M\(i)", paidAt: 1_764_036_000 + Int64(i)))
        }
        for size in [1, 3, 64, 5_000] {
            let t = try TempStore()
            let input = t.dir.appendingPathComponent("in.jsonl").path
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
            let log = IngestLog()
            let report = try Ingestor(store: t.store, options: .init(batchSize: size))
                .run(.file(input), onReject: log.reject, onCommit: log.commit)
            #expect(report.summary == "read 250, accepted 245, duplicates 0, rejected 5")
            #expect(log.rejected.map(\.0) == [8, 58, 108, 158, 208])
            #expect(log.lastCommit == report)
            #expect(try t.store.stats().orders == 245)
        }
    }
}

/// A Bool another thread sets once.
final class ResultFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Bool?
    func set(_ v: Bool) { lock.withLock { stored = v } }
    var value: Bool? { lock.withLock { stored } }
}
