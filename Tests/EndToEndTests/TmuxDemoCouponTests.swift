import Foundation
import Testing

extension EndToEnd {
    /// `shopdash demo` with its dashboard: a batch paused in the Coupons pane stops issuing,
    /// because the demo's seller reads the batch statuses from the store every second.
    @Suite struct TmuxDemoCouponTests {
        /// Issued count by batch id, and which batches run, through `coupons list --json`.
        func issued(_ db: String) throws -> [String: (issued: Int, running: Bool)] {
            let out = try ShopdashBinary.run(["coupons", "list", "--json", "--db", db])
            guard out.status == 0,
                  let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any],
                  let batches = json["batches"] as? [[String: Any]] else { return [:] }
            var counts: [String: (Int, Bool)] = [:]
            for b in batches {
                if let id = b["batch_id"] as? String, let n = b["issued"] as? Int {
                    counts[id] = (n, b["effective_status"] as? String == "running")
                }
            }
            return counts
        }

        func visits(_ db: String) throws -> Int {
            let out = try ShopdashBinary.run(["stats", "--json", "--db", db])
            guard let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any] else { return 0 }
            return json["visits"] as? Int ?? 0
        }

        /// Polls `condition` until it holds or `seconds` pass; no fixed sleeps.
        func wait(_ what: String, seconds: Double = 90, _ condition: () throws -> Bool) throws -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if try condition() { return true }
                Thread.sleep(forTimeInterval: 0.25)
            }
            Issue.record("timed out waiting for \(what)")
            return false
        }

        @Test func aBatchPausedInTheDashboardStopsIssuing() throws {
            let dir = NSTemporaryDirectory() + "shopdash-democoupon-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: dir + "/config", withIntermediateDirectories: true)
            defer { DashboardFixture.remove(dir) }
            let db = dir + "/demo.sqlite"
            let history = try ShopdashBinary.run(["demo", "--db", db, "--days", "2", "--orders-per-day", "200", "--seed", "5",
                                                  "--duration", "0", "--headless"])
            #expect(history.status == 0, "\(history.stderr)")
            let env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "XDG_CONFIG_HOME": dir + "/config", "HOME": dir]
            let command = (["env"] + env.sorted { $0.key < $1.key }.map { shellQuoted("\($0.key)=\($0.value)") }
                           + [shellQuoted(try DashboardFixture.binary), "demo", "--db", shellQuoted(db), "--rate", "60"])
                .joined(separator: " ")
            let tmux = try TmuxSession(width: 140, height: 40, command: command)
            defer { tmux.stop() }
            try tmux.waitFor(text: "Paid orders")

            // A batch that is issuing right now.
            let start = try issued(db)
            var batch = ""
            guard try wait("a running batch to issue a coupon", {
                let now = try issued(db)
                batch = now.first { id, s in s.running && s.issued > (start[id]?.issued ?? 0) }?.key ?? ""
                return !batch.isEmpty
            }) else { return }

            try tmux.send("5")
            try tmux.waitFor(text: "Issued")
            try tmux.send("/")
            try tmux.type(batch)
            try tmux.send("Enter")
            // The id column holds 12 characters; the filter leaves this batch alone in the table.
            let shown = String(batch.prefix(11))
            try tmux.waitFor("only \(batch) listed") { $0.split(separator: "\n").filter { $0.contains("│\(shown)") }.count == 1 }
            try tmux.send("p")
            try tmux.waitFor(text: "confirm")
            try tmux.send("y")
            _ = try wait("\(batch) paused in the store") { try issued(db)[batch]?.running == false }
            let atPause = try #require(try issued(db)[batch]?.issued)

            // The shop keeps selling (while the live room's visitors were taking this batch's
            // coupons by the dozen a second), and the paused batch issues none.
            let visitsAtPause = try visits(db)
            _ = try wait("500 more visits") { try visits(db) >= visitsAtPause + 500 }
            #expect(try issued(db)[batch]?.issued == atPause, "the paused batch kept issuing")
            try tmux.send("q")
        }
    }
}
