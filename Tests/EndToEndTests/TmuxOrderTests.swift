import Foundation
import Testing

extension EndToEnd {
    @Suite struct TmuxOrderTests {
        @Test func findAnOrderByThePhoneTail() throws {
            let pane = try DashboardPane()
            try pane.waitForOverview()
            try pane.tmux.send("4")
            try pane.tmux.waitFor(text: "phone tail")
            try pane.tmux.send("/")
            try pane.tmux.type(DashboardFixture.phoneTail)
            try pane.tmux.send("Enter")
            let results = try pane.tmux.waitFor(text: DashboardFixture.orderNo)
            // Masked in the results, but the tail that was searched for shows.
            #expect(results.contains("139****7391"))
            #expect(!results.contains(DashboardFixture.phone))
        }

        @Test func hostileNicknameIsShownSanitizedAndNeverReachesTheTerminal() throws {
            let log = NSTemporaryDirectory() + "shopdash-e2e-typescript-\(UUID().uuidString.prefix(8))"
            defer { try? FileManager.default.removeItem(atPath: log) }
            let pane = try DashboardPane(recordTo: log)
            try pane.waitForOverview()
            try pane.tmux.send("4")
            try pane.tmux.waitFor(text: "phone tail")
            try pane.tmux.send("/")
            try pane.tmux.type(DashboardFixture.orderNo)
            try pane.tmux.send("Enter")
            try pane.tmux.waitFor(text: "139****7391")
            try pane.tmux.send("Enter")
            // The order's detail shows the nickname with its controls made visible.
            let detail = try pane.tmux.waitFor("the sanitized nickname") { $0.contains("]0;pwned") && $0.contains("坏") }
            #expect(detail.contains("\u{241B}"), "ESC should show as ␛:\n\(detail)")
            try pane.tmux.send("q")
            #expect(try pane.tmux.waitForExit() == 0)

            let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
            #expect(bytes.count > 1_000, "the recording is suspiciously small")
            func contains(_ needle: [UInt8]) -> Bool { bytes.range(of: Data(needle)) != nil }
            #expect(!contains(Array("\u{1B}]0;pwned".utf8)), "the OSC title change reached the terminal")
            #expect(!contains(Array("\u{1B}[6n".utf8)), "the cursor position query reached the terminal")
            #expect(!contains([0xC2, 0x9B]), "a C1 CSI reached the terminal")
            #expect(!contains([0x9B, 0x33, 0x31, 0x6D]), "a raw C1 CSI reached the terminal")
            #expect(contains(Array("pwned".utf8)))
        }
    }
}

extension EndToEnd {
    @Suite struct TmuxLiveFeedTests {
        /// Another process commits an order; the feed shows it within a second.
        @Test func anOrderCommittedElsewhereReachesTheFeedWithinASecond() throws {
            let pane = try DashboardPane()
            try pane.waitForOverview()
            try pane.tmux.send("3")
            try pane.tmux.waitFor(text: "Live feed")
            let nickname = "秒到的客人"
            let event = """
                {"type":"order","out_trade_no":"E2ELIVE1","nickname":"\(nickname)","paid_at":\(Int64(Date().timeIntervalSince1970)),\
                "channel":"search","items":[{"name":"测试商品","unit_fen":990}]}

                """
            let input = pane.dir + "/live.jsonl"
            try event.write(toFile: input, atomically: true, encoding: .utf8)
            try runTool(try DashboardFixture.binary, ["ingest", "--db", pane.db, input])
            let committed = Date()
            try pane.tmux.waitFor("the new order in the feed", timeout: 5) { $0.contains("E2ELIVE1") }
            let latency = Date().timeIntervalSince(committed)
            // Seeing it takes a capture or two on top (tens of milliseconds each).
            #expect(latency < 1.2, "the order took \(latency) s to reach the screen")
        }
    }
}
