import Foundation
import Testing

/// `shopdash ingest` and `shopdash stats` as scripts see them: output, files and exit status.
@Suite struct IngestCommandTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func write(_ text: String, _ name: String) throws -> String {
        try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        return path(name)
    }

    let good = #"{"type":"order","out_trade_no":"NO1","customer":"c1","created_at":"2026-11-25T10:00:00+08:00","paid_at":"2026-11-25T10:00:30+08:00","total_fen":12800}"#
    let refund = #"{"type":"refund","refund_no":"R1","out_trade_no":"NO1","amount_fen":800,"succeeded_at":1795579200}"#

    @Test func rejectsGoToStderrAndTheRejectsFileAndTheExitStatusSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try write([good, "", #"{"type":"order","out_trade_no":"N2","created_at":1764036000,"total_fen":12.5}"#,
                               refund, #"{"type":"shipment","out_trade_no":"NOPE","carrier":"顺丰","tracking_no":"SF1","status":"created","at":1764036001}"#,
                               good].joined(separator: "\n") + "\n", "in.jsonl")
        let out = try ShopdashBinary.run(["ingest", "--db", path("s.sqlite"), input])
        #expect(out.status == 65)
        #expect(out.stdout == "read 5, accepted 2, duplicates 1, rejected 2\n")
        #expect(out.stderr == """
            \(input):3: bad money 12.5 in total_fen (fen must be an integer)
            \(input):5: unknown order NOPE

            """)
        let rejects = try String(contentsOfFile: input + ".rejects", encoding: .utf8)
        #expect(rejects.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 2).prefix(2).joined(separator: "|") }
                == ["3|bad money 12.5 in total_fen (fen must be an integer)", "5|unknown order NOPE"])

        let again = try ShopdashBinary.run(["ingest", "--db", path("s.sqlite"), input])
        #expect(again.stdout == "read 5, accepted 0, duplicates 3, rejected 2\n")

        let stats = try ShopdashBinary.run(["stats", "--json", "--db", path("s.sqlite")])
        #expect(stats.status == 0)
        #expect(stats.stdout == """
            {"orders": 1, "paid_orders": 1, "gmv_fen": 12800, "customers": 1, "visits": 0, "coupon_batches": 0, \
            "coupons_issued": 0, "redemptions": 0, "refunds": 1, "refund_fen": 800, "shipments": 0, "newest_event_at": 1795579200}

            """)
    }

    @Test func standardInputWithItsOwnRejectsFile() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try ShopdashBinary.run(["ingest", "--db", path("s.sqlite"), "-"],
                                         stdin: Data((good + "\nnot json\n").utf8), cwd: dir)
        #expect(out.status == 65)
        #expect(out.stdout == "read 2, accepted 1, duplicates 0, rejected 1\n")
        #expect(out.stderr == "stdin:2: invalid JSON\n")
        #expect(try String(contentsOfFile: path("stdin.rejects"), encoding: .utf8) == "2\tinvalid JSON\tnot json\n")
    }

    @Test func cleanInputExitsZeroAndLeavesNoRejectsFile() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try write(good + "\n", "ok.jsonl")
        let out = try ShopdashBinary.run(["ingest", "--db", path("s.sqlite"), input])
        #expect(out.status == 0)
        #expect(out.stdout == "read 1, accepted 1, duplicates 0, rejected 0\n")
        #expect(!FileManager.default.fileExists(atPath: input + ".rejects"))
        let empty = try write("", "empty.jsonl")
        _ = try ShopdashBinary.run(["ingest", "--db", path("e.sqlite"), empty])
        let stats = try ShopdashBinary.run(["stats", "--json", "--db", path("e.sqlite")])
        #expect(stats.stdout.hasSuffix(#""shipments": 0, "newest_event_at": null}"# + "\n"))
    }

    @Test func missingInputCreatesNoStore() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try ShopdashBinary.run(["ingest", "--db", path("s.sqlite"), path("nope.jsonl")])
        #expect(out.status == 66)
        #expect(out.stderr.contains("nope.jsonl: cannot read"))
        #expect(!FileManager.default.fileExists(atPath: path("s.sqlite")))
    }

    @Test func aFileThatIsNotAStoreIsRefusedAndUntouched() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let notes = try write("orders to check: NO1, NO2\n", "notes.txt")
        let input = try write(good + "\n", "in.jsonl")
        for args in [["ingest", "--db", notes, input], ["stats", "--db", notes]] {
            let out = try ShopdashBinary.run(args)
            #expect(out.status != 0)
            #expect(out.stderr.contains("not a shopdash store"))
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "orders to check: NO1, NO2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["in.jsonl", "notes.txt"])
    }

    @Test func followStopsOnSIGTERMWithItsSummary() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try write(good + "\n", "live.jsonl")
        let db = path("s.sqlite")
        let follower = try ShopdashBinary.start(["ingest", "--db", db, input, "--follow"])
        func orders() throws -> Int? {
            let out = try ShopdashBinary.run(["stats", "--json", "--db", db])
            guard out.status == 0, let r = out.stdout.range(of: #""orders": \d+"#, options: .regularExpression) else { return nil }
            return Int(out.stdout[r].split(separator: " ").last!)
        }
        while follower.isRunning, try orders() != 1 {}
        let more = #"{"type":"order","out_trade_no":"NO2","created_at":1764036005,"total_fen":1}"#
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: input))
        try h.seekToEnd()
        try h.write(contentsOf: Data((more + "\n").utf8))
        try h.close()
        while follower.isRunning, try orders() != 2 {}
        follower.signal(SIGTERM)
        let out = follower.wait()
        #expect(!out.signalled)
        #expect(out.status == 0)
        #expect(out.stdout == "read 2, accepted 2, duplicates 0, rejected 0\n")
    }
}
