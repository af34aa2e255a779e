import Foundation
import Testing

/// A `coupon_batch` line that changes a stored batch is a coupon change like `shopdash coupons
/// pause`: it leaves an audit row naming the input it came from.
@Suite struct IngestCouponAuditTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-coupon-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    static func batch(name: String, status: String, quota: Int) -> String {
        #"{"type":"coupon_batch","batch_id":"B1","name":"\#(name)","kind":"fixed","value_fen":500,"quota":\#(quota),"status":"\#(status)","starts_at":"2026-11-01T00:00:00+08:00","ends_at":"2030-01-01T00:00:00+08:00"}"#
    }

    func entries() throws -> [[String: Any]] {
        let out = try ShopdashBinary.run(["audit", "--json", "--db", path("s.sqlite")])
        #expect(out.status == 0, "\(out.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any]
        return object?["entries"] as? [[String: Any]] ?? []
    }

    @Test func aChangedBatchIsAuditedWithItsInputAsTheSource() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = path("first.jsonl")
        try Data((Self.batch(name: "满减", status: "running", quota: 10) + "\n").utf8).write(to: URL(fileURLWithPath: first))
        #expect(try ShopdashBinary.run(["ingest", first, "--db", path("s.sqlite")]).status == 0)
        #expect(try entries().isEmpty, "creating a batch from the feed is not a change")

        let change = path("change.jsonl")
        try Data((Self.batch(name: "改名", status: "stopped", quota: 10) + "\n").utf8).write(to: URL(fileURLWithPath: change))
        #expect(try ShopdashBinary.run(["ingest", change, "--db", path("s.sqlite")]).status == 0)
        let rows = try entries()
        try #require(rows.count == 1)
        #expect(rows[0]["ssh_client"] as? String == "ingest:\(change)")
        #expect(rows[0]["action"] as? String == "coupon.ingest")
        #expect(rows[0]["target"] as? String == "coupon:B1")
        #expect(rows[0]["before"] as? String == #"{"name":"满减","status":"running"}"#)
        #expect(rows[0]["after"] as? String == #"{"name":"改名","status":"stopped"}"#)

        // The same line again changes nothing and writes nothing; from standard input the source is "-".
        #expect(try ShopdashBinary.run(["ingest", change, "--db", path("s.sqlite")]).status == 0)
        #expect(try entries().count == 1)
        let piped = try ShopdashBinary.run(["ingest", "-", "--db", path("s.sqlite"), "--rejects", path("r.tsv")],
                                           stdin: Data((Self.batch(name: "改名", status: "stopped", quota: 20) + "\n").utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        let after = try entries()
        try #require(after.count == 2)
        #expect(after[0]["ssh_client"] as? String == "ingest:-")
        #expect(after[0]["before"] as? String == #"{"quota":10}"#)
        #expect(after[0]["after"] as? String == #"{"quota":20}"#)
    }
}
