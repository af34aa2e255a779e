import Foundation
import ShopModel
import ShopDemo
import Testing

/// A kill -9 in the middle of a large ingest, followed by a second run, must leave exactly the
/// store that one clean run leaves.
@Suite struct IngestCrashTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// Orders in the store, or nil while it does not exist or is still being created.
    func orders(in db: String) throws -> Int? {
        let out = try ShopdashBinary.run(["stats", "--json", "--db", db])
        guard out.status == 0, let range = out.stdout.range(of: #""orders": (\d+)"#, options: .regularExpression) else {
            return nil
        }
        return Int(out.stdout[range].split(separator: " ").last!)
    }

    /// Every row of every table, in key order: two stores with the same content dump the same text.
    /// The integrity_checks log is left out: each ingest records its own quick_check there, so a
    /// store written by two runs holds one more row than a store written by one.
    func dump(_ db: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sqlite3", db, ".dump"]
        let out = dir.appendingPathComponent("dump-\(UUID().uuidString).sql")
        #expect(FileManager.default.createFile(atPath: out.path, contents: nil))
        p.standardOutput = try FileHandle(forWritingTo: out)
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "sqlite3 .dump failed")
        let text = try String(contentsOf: out, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            // change_marks counts commits, and a killed run and its rerun commit more often than one run.
            .filter { !$0.hasPrefix("INSERT INTO integrity_checks ")
                && !$0.hasPrefix("INSERT INTO sqlite_sequence VALUES('integrity_checks'")
                && !$0.hasPrefix("INSERT INTO change_marks ") }
            .joined(separator: "\n")
    }

    @Test func killedIngestRerunEqualsOneCleanRun() throws {
        defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { try? FileManager.default.removeItem(at: dir) } }
        let input = path("events.jsonl")
        let summary = try EventFile.write(orders: 8_000, to: input)

        let clean = try ShopdashBinary.run(["ingest", "--db", path("clean.sqlite"), input, "--rejects", path("clean.rejects")])
        #expect(clean.status == 65)
        #expect(clean.stdout == "read \(summary.lines), accepted \(summary.accepted), duplicates \(summary.duplicates), rejected \(summary.rejected)\n")

        let crashDB = path("crash.sqlite")
        let victim = try ShopdashBinary.start(["ingest", "--db", crashDB, input, "--batch-size", "500",
                                               "--rejects", path("crash.rejects")])
        var seen = 0
        while victim.isRunning {
            if let n = try orders(in: crashDB), n > 0 { seen = n; break }
        }
        victim.signal(SIGKILL)
        let killed = victim.wait()
        #expect(killed.signalled && killed.status == SIGKILL, "the ingest ended before it could be killed")
        #expect(seen > 0)
        let partial = try #require(try orders(in: crashDB))
        #expect(partial < summary.orders, "the kill came too late to test anything")

        let rerun = try ShopdashBinary.run(["ingest", "--db", crashDB, input, "--rejects", path("crash.rejects")])
        #expect(rerun.status == 65)
        #expect(rerun.stdout.hasPrefix("read \(summary.lines), "))
        #expect(rerun.stdout.hasSuffix("rejected \(summary.rejected)\n"))
        #expect(try orders(in: crashDB) == summary.orders)

        let cleanDump = try dump(path("clean.sqlite"))
        let crashDump = try dump(crashDB)
        #expect(cleanDump.count > 500_000)
        #expect(cleanDump == crashDump)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path("clean.rejects")))
                == Data(contentsOf: URL(fileURLWithPath: path("crash.rejects"))))
    }

    @Test func interruptedIngestSaysSoAndARerunCompletesIt() throws {
        defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { try? FileManager.default.removeItem(at: dir) } }
        let input = path("events.jsonl")
        let summary = try EventFile.write(orders: 8_000, to: input)
        let db = path("int.sqlite")
        let run = try ShopdashBinary.start(["ingest", "--db", db, input, "--batch-size", "500"])
        while run.isRunning, (try orders(in: db) ?? 0) == 0 {}
        run.signal(SIGINT)
        let first = run.wait()
        #expect(!first.signalled)
        #expect(first.status == 128 + SIGINT, "the ingest ended before it could be interrupted")
        let counts = try #require(Self.counts(first.stdout))
        #expect(counts.read < summary.lines)
        // Everything it reported as read was committed before it stopped.
        let rerun = try ShopdashBinary.run(["ingest", "--db", db, input])
        let second = try #require(Self.counts(rerun.stdout))
        #expect(second.read == summary.lines)
        #expect(counts.accepted + second.accepted == summary.accepted)
        #expect(try orders(in: db) == summary.orders)
    }

    static func counts(_ text: String) -> (read: Int, accepted: Int)? {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count == 4 ? (numbers[0], numbers[1]) : nil
    }
}

/// A deterministic shop's worth of JSON Lines: every event type, late payments, refunds that
/// succeed later, parcels, coupons, repeated lines and a few broken ones.
enum EventFile {
    struct Summary { var lines = 0, accepted = 0, duplicates = 0, rejected = 0, orders = 0 }

    static func write(orders count: Int, to path: String) throws -> Summary {
        var rng = SplitMix64(seed: 20_261_125)
        var s = Summary()
        var out = ""
        out.reserveCapacity(count * 700)
        func line(_ text: String, _ outcome: Outcome = .accepted) {
            out += text + "\n"
            s.lines += 1
            switch outcome {
            case .accepted: s.accepted += 1
            case .duplicate: s.duplicates += 1
            case .rejected: s.rejected += 1
            }
        }
        let start: Int64 = 1_763_913_600 // 2025-11-24 00:00 +08:00
        line(#"{"type":"live_session","id":"L1","title":"双十二预热直播","started_at":\#(start + 72_000)}"#)
        line(#"{"type":"coupon_batch","batch_id":"B1","name":"满100减20","kind":"threshold","value_fen":2000,"min_spend_fen":10000,"quota":100000,"starts_at":\#(start),"ends_at":\#(start + 30 * 86_400)}"#)
        let products = ["小米手环8", "云南小粒咖啡豆 500g", "纯棉T恤 白色 L", "蓝牙耳机 Pro", "手工牛轧糖礼盒"]
        let channels = ["live_stream", "official_account", "group_ad", "share", "search", "ads", "other"]
        var previous = ""
        for i in 0..<count {
            let t = start + Int64(i) * 40 + Int64(rng.next() % 40)
            let visitor = "u\(rng.next() % 4_000)"
            line(#"{"type":"visit","id":"V\#(i)","visitor":"\#(visitor)","started_at":\#(t - 300 - Int64(rng.next() % 86_400)),"duration_s":\#(rng.next() % 900),"pages":\#(1 + rng.next() % 12),"channel":"\#(channels[Int(rng.next() % 7)])"}"#)
            let no = "NO\(100_000 + i)"
            let qty = 1 + rng.next() % 3
            let unit = 990 + rng.next() % 30_000
            let paid = rng.next() % 10 < 8
            let item = #"{"sku":"SKU\#(rng.next() % 5)","name":"\#(products[Int(rng.next() % 5)])","qty":\#(qty),"unit_fen":\#(unit)}"#
            let paidPart = paid ? #","paid_at":"\#(rfc3339(t))""# : ""
            let order = #"{"type":"order","out_trade_no":"\#(no)","transaction_id":"42000\#(i)","customer":"c\#(rng.next() % 6_000)","nickname":"买家\#(i % 977)","phone":"139\#(String(format: "%08d", rng.next() % 100_000_000))","city":"杭州","created_at":\#(t - 45)\#(paidPart),"channel":"\#(channels[Int(rng.next() % 7)])","items":[\#(item)]}"#
            line(order)
            s.orders += 1
            if !paid && rng.next() % 2 == 0 {
                line(#"{"type":"order_status","out_trade_no":"\#(no)","status":"paid","at":\#(t + 600)}"#)
            }
            if paid && rng.next() % 20 == 0 {
                line(#"{"type":"refund","refund_no":"RF\#(i)","out_trade_no":"\#(no)","amount_fen":\#(unit),"requested_at":\#(t + 3_600)}"#)
                line(#"{"type":"refund","refund_no":"RF\#(i)","out_trade_no":"\#(no)","amount_fen":\#(unit),"status":"succeeded","requested_at":\#(t + 3_600),"succeeded_at":\#(t + 7_200)}"#)
            }
            if paid && rng.next() % 10 == 0 {
                line(#"{"type":"shipment","out_trade_no":"\#(no)","carrier":"顺丰","tracking_no":"SF\#(i)","status":"created","at":\#(t + 1_800)}"#)
                line(#"{"type":"shipment","out_trade_no":"\#(no)","carrier":"顺丰","tracking_no":"SF\#(i)","status":"in_transit","at":\#(t + 9_000)}"#)
            }
            if paid && rng.next() % 10 == 0 {
                line(#"{"type":"coupon_issued","coupon_id":"CP\#(i)","batch_id":"B1","customer":"c\#(i)","at":\#(t - 600)}"#)
                line(#"{"type":"coupon_redeemed","coupon_id":"CP\#(i)","batch_id":"B1","out_trade_no":"\#(no)","discount_fen":2000,"at":\#(t)}"#)
            }
            if rng.next() % 50 == 0 {
                line(#"{"type":"add_to_cart","id":"K\#(i)","visitor":"\#(visitor)","at":\#(t - 100),"sku":"SKU1","qty":1}"#)
            }
            if rng.next() % 400 == 0 { line(previous, .duplicate) }
            if rng.next() % 700 == 0 { line(#"{"type":"order","out_trade_no":"BAD\#(i)","created_at":\#(t),"total_fen":99.5}"#, .rejected) }
            if rng.next() % 900 == 0 { line(#"{"type":"refund","refund_no":"X\#(i)","out_trade_no":"GHOST","amount_fen":1,"requested_at":\#(t)}"#, .rejected) }
            previous = order
        }
        line(#"{"type":"live_session","id":"L1","title":"双十二预热直播","started_at":\#(start + 72_000),"ended_at":\#(start + 86_000)}"#)
        try Data(out.utf8).write(to: URL(fileURLWithPath: path))
        return s
    }

    enum Outcome { case accepted, duplicate, rejected }

    static func rfc3339(_ t: Int64) -> String {
        let local = t + 8 * 3_600
        let days = Int(local / 86_400), secs = Int(local % 86_400)
        let (y, m, d) = CivilDate.fromDays(Int64(days))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00", y, m, d, secs / 3_600, secs / 60 % 60, secs % 60)
    }
}

