import Foundation
import Testing

/// `shopdash demo` as a user runs it: history into an empty store, live selling into one that
/// has data, and a clean stop with a summary on SIGTERM.
@Suite struct DemoCommandTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func stat(_ key: String, in db: String) throws -> Int? {
        let out = try ShopdashBinary.run(["stats", "--json", "--db", db])
        guard out.status == 0, let range = out.stdout.range(of: "\"\(key)\": *(\\d+)", options: .regularExpression) else {
            return nil
        }
        return Int(out.stdout[range].split(separator: ":").last!.trimmingCharacters(in: .whitespaces))
    }

    @Test func fillsAnEmptyStoreThenSellsLiveUntilStopped() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("demo.sqlite").path

        // Six days, so that refunds asked for early in the history have settled whatever the
        // time of day the test runs at; two days left it to the clock whether any had.
        let first = try ShopdashBinary.run(["demo", "--db", db, "--days", "6", "--orders-per-day", "100",
                                            "--seed", "9", "--duration", "0", "--headless"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("history: "))
        #expect(first.stdout.contains("rejected 0"), "\(first.stdout)")
        let orders = try #require(try stat("orders", in: db))
        #expect(orders > 300 && orders < 900, "\(orders) orders")
        #expect(try stat("refunds", in: db) ?? 0 > 0)
        #expect(try stat("coupons_issued", in: db) ?? 0 > 0)
        let visits = try #require(try stat("visits", in: db))
        #expect(visits > orders * 10)

        // The store has data now: no second history, only live selling, until SIGTERM.
        let live = try ShopdashBinary.start(["demo", "--db", db, "--rate", "20", "--headless"])
        let deadline = Date().addingTimeInterval(60)
        var grew = false
        while Date() < deadline && live.isRunning {
            if let now = try stat("visits", in: db), now > visits + 100 { grew = true; break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(grew, "live selling wrote nothing within a minute")
        live.signal(SIGTERM)
        let out = live.wait()
        #expect(!out.signalled && out.status == 0, "status \(out.status): \(out.stderr)")
        #expect(out.stderr.contains("already has data"))
        #expect(out.stdout.contains("live: ") && out.stdout.contains("rejected 0"), "\(out.stdout)")
        #expect(!out.stdout.contains("history: "))
        #expect(try stat("visits", in: db) ?? 0 > visits)
    }

    @Test func badOptionsAreRefusedWithAReason() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try ShopdashBinary.run(["demo", "--db", dir.appendingPathComponent("x.sqlite").path, "--rate", "-1"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("--rate"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.sqlite").path))
    }
}
