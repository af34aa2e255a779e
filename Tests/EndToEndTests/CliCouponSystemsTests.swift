import Foundation
import Testing

extension EndToEnd {
    /// The changing `coupons` commands on batches of another system: they wait for it and say
    /// how it stands in the exit code; the outbox and `coupons show` tell the same.
    @Suite struct CliCouponSystemsTests {
        static let events = CliFixture.events + "\n" + #"""
            {"type":"coupon_batch","batch_id":"W1","name":"直播间专享 满99减15","kind":"threshold","value_fen":1500,"min_spend_fen":9900,"quota":1000,"starts_at":"2026-11-01T00:00:00+08:00","ends_at":"2030-01-01T00:00:00+08:00","system":"wechatpay","remote_id":"9865000"}
            {"type":"coupon_batch","batch_id":"H1","name":"会员券","kind":"fixed","value_fen":500,"quota":100,"starts_at":"2026-11-01T00:00:00+08:00","ends_at":"2030-01-01T00:00:00+08:00","system":"webhook"}
            """#

        @Test func withoutSettingsAChangeStaysPendingAndExits75() throws {
            let store = try CliStore(events: Self.events)
            let paused = try store.run(["coupons", "pause", "W1", "--yes", "--timeout", "1"])
            #expect(paused.status == 75, "\(paused.stderr)")
            #expect(paused.stderr.contains("change #1 is still waiting for WeChat Pay"))
            #expect(paused.stdout.contains("sent, not yet confirmed: pause coupon batch W1"))
            let show = try store.run(["coupons", "show", "W1"])
            #expect(show.stdout.contains("running"), "the batch shows no change until WeChat Pay confirms")
            #expect(show.stdout.contains("System    wechatpay 9865000"))
            #expect(show.stdout.contains("Change    #1 pause: pending"))
            let outbox = try store.run(["coupons", "outbox", "--json"]).json()
            let changes = try #require(outbox["changes"] as? [[String: Any]])
            #expect(changes.count == 1 && changes[0]["state"] as? String == "pending" && changes[0]["system"] as? String == "wechatpay")
            // A second change waits for the first.
            #expect(try store.run(["coupons", "resume", "W1", "--yes", "--timeout", "0"]).status == 65)
        }

        @Test func whatWeChatPayHasNoCallForIsRefusedUpFront() throws {
            let store = try CliStore(events: Self.events)
            let end = try store.run(["coupons", "set-end", "W1", "2029-01-01", "--yes"])
            #expect(end.status == 65)
            #expect(end.stderr.contains("has no call to end a batch"))
            #expect(try store.run(["coupons", "outbox"]).stdout.contains("no coupon changes"))
        }

        @Test func anUnreachableBackendIsRetriedLater() throws {
            let store = try CliStore(events: Self.events)
            let config = store.dir.appendingPathComponent("config/shopdash")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            // Port 9 (discard) has no listener here: every try is refused at once.
            try "[webhook]\nurl = \"http://127.0.0.1:9/coupons\"\nsecret = \"s3cret\"\n"
                .write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
            let env = ["XDG_CONFIG_HOME": store.dir.appendingPathComponent("config").path]
            let stopped = try store.run(["coupons", "stop", "H1", "--yes", "--timeout", "1"], environment: env)
            #expect(stopped.status == 75, "\(stopped.stderr)")
            #expect(stopped.stderr.contains("cannot reach 127.0.0.1"))
            let outbox = try store.run(["coupons", "outbox"], environment: env)
            #expect(outbox.stdout.contains("H1") && outbox.stdout.contains("pending"))
        }
    }
}
