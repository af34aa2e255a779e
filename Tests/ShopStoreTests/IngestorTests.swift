import Foundation
import Testing
import ShopModel
@testable import ShopStore

/// Rejections and commits seen by an ingest running on another thread.
final class IngestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _rejected: [(Int, String, String)] = []
    private var _commits: [IngestReport] = []
    private var _stop = false

    func reject(_ r: Ingestor.RejectedLine) {
        lock.withLock { _rejected.append((r.line, r.reason, String(decoding: r.original, as: UTF8.self))) }
    }
    func commit(_ r: IngestReport) { lock.withLock { _commits.append(r) } }
    func stop() { lock.withLock { _stop = true } }
    var shouldStop: Bool { lock.withLock { _stop } }
    var rejected: [(Int, String, String)] { lock.withLock { _rejected } }
    var lastCommit: IngestReport? { lock.withLock { _commits.last } }
}

/// Waits for a condition that another thread makes true, failing after `seconds`.
func waitUntil(_ what: String, seconds: Double = 10, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while try !condition() {
        if Date() > deadline { Issue.record("timed out waiting for \(what)"); return }
        Thread.sleep(forTimeInterval: 0.005)
    }
}

func orderLine(_ no: String, paidAt: Int64 = 1_764_036_000, fen: Int = 12_800) -> String {
    #"{"type":"order","out_trade_no":"\#(no)","created_at":\#(paidAt - 60),"paid_at":\#(paidAt),"total_fen":\#(fen),"channel":"share","customer":"c-\#(no)"}"#
}

@Suite struct IngestorTests {
    func write(_ lines: [String], to path: String, append: Bool = false) throws {
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)
        if append, let h = FileHandle(forWritingAtPath: path) {
            try h.seekToEnd(); try h.write(contentsOf: data); try h.close()
        } else {
            try data.write(to: URL(fileURLWithPath: path))
        }
    }

    @Test func rejectsCarryLineNumbersAcrossBatches() throws {
        let t = try TempStore()
        let input = t.dir.appendingPathComponent("in.jsonl").path
        try write([
            orderLine("A"),
            "",
            #"{"type":"order_status","out_trade_no":"A","status":"shipped","at":1764040000}"#,
            #"{"type":"order","out_trade_no":"B","created_at":1764036000,"total_fen":"9.90"}"#,
            #"{"type":"order_status","out_trade_no":"ZZ","status":"shipped","at":1764040000}"#,
            orderLine("A"),
            "not json\r",
            orderLine("C"),
        ], to: input)
        let log = IngestLog()
        let report = try Ingestor(store: t.store, options: .init(batchSize: 2))
            .run(.file(input), onReject: log.reject, onCommit: log.commit)
        #expect(report.summary == "read 7, accepted 3, duplicates 1, rejected 3")
        #expect(report.exitCode == 65)
        #expect(log.rejected.map { $0.0 } == [4, 5, 7])
        #expect(log.rejected.map { $0.1 } == [#"bad money "9.90" in total_fen (fen must be an integer)"#,
                                             "unknown order ZZ", "invalid JSON"])
        #expect(log.rejected[2].2 == "not json")
        #expect(try t.string("SELECT status FROM orders WHERE out_trade_no = 'A'") == "shipped")
    }

    @Test func batchSizeDoesNotChangeTheOutcome() throws {
        var lines: [String] = []
        for i in 0..<300 {
            lines.append(orderLine("N\(i)", paidAt: 1_764_036_000 + Int64(i * 37)))
            if i % 3 == 0 {
                lines.append(#"{"type":"refund","refund_no":"R\#(i)","out_trade_no":"N\#(i)","amount_fen":100,"succeeded_at":\#(1_764_040_000 + i)}"#)
            }
        }
        var dumps: [[[DatabaseValueConvertibleBox]]] = []
        for size in [1, 7, 5_000] {
            let t = try TempStore()
            let input = t.dir.appendingPathComponent("in.jsonl").path
            try write(lines, to: input)
            let report = try Ingestor(store: t.store, options: .init(batchSize: size)).run(.file(input), onReject: { _ in })
            #expect(report.summary == "read 400, accepted 400, duplicates 0, rejected 0")
            dumps.append(try t.rows("SELECT * FROM rollup_minute ORDER BY 1, 2").map { $0.map(DatabaseValueConvertibleBox.init) })
        }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[1] == dumps[2])
    }

    @Test func followingAFileSurvivesRotationAndTruncation() throws {
        let t = try TempStore()
        let input = t.dir.appendingPathComponent("live.jsonl").path
        try write([orderLine("F1"), orderLine("F2")], to: input)
        let log = IngestLog()
        let store = t.store
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        Thread.detachNewThread {
            result.set(Result {
                try Ingestor(store: store, options: .init(follow: true, pollInterval: .milliseconds(5)))
                    .run(.file(input), onReject: log.reject, onCommit: log.commit, shouldStop: { log.shouldStop })
            })
            done.signal()
        }
        try waitUntil("the first lines") { try store.stats().orders == 2 }
        // Growth, with a line written in two parts: nothing is read until the line is complete.
        let h = FileHandle(forWritingAtPath: input)!
        try h.seekToEnd()
        try h.write(contentsOf: Data(orderLine("F3").prefix(30).utf8))
        try h.write(contentsOf: Data((orderLine("F3").dropFirst(30) + "\n").utf8))
        try h.close()
        try waitUntil("growth") { try store.stats().orders == 3 }
        // Rotation: the file is moved away and a new one takes its name.
        try FileManager.default.moveItem(atPath: input, toPath: input + ".1")
        try write([orderLine("G1"), "oops"], to: input)
        try waitUntil("the rotated file") { try store.stats().orders == 4 && log.rejected.count == 1 }
        #expect(log.rejected.first?.0 == 2)
        // Truncation in place (copytruncate): read again from the top.
        let same = FileHandle(forWritingAtPath: input)!
        try same.truncate(atOffset: 0)
        try same.write(contentsOf: Data((orderLine("H1") + "\n").utf8))
        try same.close()
        try waitUntil("the truncated file") { try store.stats().orders == 5 }
        log.stop()
        done.wait()
        let report = try result.get()
        #expect(report.summary == "read 6, accepted 5, duplicates 0, rejected 1")
    }

    @Test func followingAPipeCommitsWhileTheWriterPauses() throws {
        let t = try TempStore()
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let store = t.store
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        Thread.detachNewThread {
            result.set(Result {
                try Ingestor(store: store, options: .init(follow: true))
                    .run(.descriptor(readEnd), onReject: { _ in })
            })
            done.signal()
        }
        func send(_ line: String) {
            let bytes = Array((line + "\n").utf8)
            _ = bytes.withUnsafeBytes { Foundation.write(writeEnd, $0.baseAddress, $0.count) }
        }
        send(orderLine("P1"))
        send(orderLine("P2"))
        // The writer keeps the pipe open: the lines must be committed anyway.
        try waitUntil("lines from an open pipe") { try store.stats().orders == 2 }
        send(orderLine("P2"))
        close(writeEnd)
        done.wait()
        close(readEnd)
        #expect(try result.get().summary == "read 3, accepted 2, duplicates 1, rejected 0")
    }

    @Test func aQuietPipeNeitherHoldsBackLinesNorAStop() throws {
        let t = try TempStore()
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        let log = IngestLog()
        let store = t.store
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        let readEnd = fds[0]
        Thread.detachNewThread {
            result.set(Result {
                try Ingestor(store: store).run(.descriptor(readEnd), onReject: log.reject, shouldStop: { log.shouldStop })
            })
            done.signal()
        }
        let bytes = Array((orderLine("Q1") + "\n").utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(fds[1], $0.baseAddress, $0.count) }
        // Not following, and the writer neither closes nor writes more: the line is committed anyway,
        try waitUntil("a line from a quiet pipe") { try store.stats().orders == 1 }
        // and a stop request ends the run without waiting for the writer.
        log.stop()
        done.wait()
        #expect(try result.get().summary == "read 1, accepted 1, duplicates 0, rejected 0")
    }

    @Test func overlongLineIsRejectedWithoutHoldingIt() throws {
        let t = try TempStore()
        let input = t.dir.appendingPathComponent("long.jsonl").path
        let huge = #"{"type":"order","remark":""# + String(repeating: "长", count: 200_000) + #""}"#
        try write([orderLine("A"), huge, orderLine("B")], to: input)
        let log = IngestLog()
        let report = try Ingestor(store: t.store, options: .init(maxLineBytes: 4_096)).run(.file(input), onReject: log.reject)
        #expect(report.summary == "read 3, accepted 2, duplicates 0, rejected 1")
        #expect(log.rejected.map { $0.0 } == [2])
        #expect(log.rejected.first?.1 == "line longer than 4096 bytes (kept: its first 200)")
        #expect(log.rejected.first.map { Array($0.2.utf8).count } ?? 0 <= 200)
    }

    @Test func rejectsFileKeepsOriginalBytesAndReplacesAnOldOne() throws {
        let t = try TempStore()
        let path = t.dir.appendingPathComponent("x.rejects").path
        try Data("stale\n".utf8).write(to: URL(fileURLWithPath: path))
        let file = try RejectsFile(path: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "")
        try file.write(line: 3, reason: "bad\ttab", original: Array("{\"a\":\"小\"}".utf8))
        // The reason is escaped by the one rule for text that leaves the program; the original stays as read.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "3\tbad\\u{9}tab\t{\"a\":\"小\"}\n")
        let untouched = t.dir.appendingPathComponent("none.rejects").path
        _ = try RejectsFile(path: untouched)
        #expect(!FileManager.default.fileExists(atPath: untouched))
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<IngestReport, any Error>?
    func set(_ r: Result<IngestReport, any Error>) { lock.withLock { value = r } }
    func get() throws -> IngestReport { try lock.withLock { value }!.get() }
}

/// Row values that compare by their stored value, for comparing table dumps.
struct DatabaseValueConvertibleBox: Equatable {
    let text: String
    init(_ v: some CustomStringConvertible) { text = v.description }
}
