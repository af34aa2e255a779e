import Foundation
import Testing

extension EndToEnd {
    @Suite struct TmuxCouponTests {
        /// The coupons pane filtered down to the test batch.
        private func openTestCoupon(_ pane: DashboardPane) throws {
            try pane.waitForOverview()
            try pane.tmux.send("5")
            try pane.tmux.waitFor(text: "Issued")
            try pane.tmux.send("/")
            try pane.tmux.type("E2E")
            try pane.tmux.send("Enter")
            try pane.tmux.waitFor("only the test coupon listed") { $0.contains(DashboardFixture.couponName) && !$0.contains("满100减20") }
        }

        private func couponRow(_ screen: String) -> String {
            screen.split(separator: "\n").first { $0.contains(DashboardFixture.couponName) }.map(String.init) ?? ""
        }

        @Test func pauseAndResumeWithConfirmationAreAudited() throws {
            let pane = try DashboardPane()
            try openTestCoupon(pane)
            #expect(couponRow(try pane.tmux.capture()).contains("runni"))

            try pane.tmux.send("p")
            try pane.tmux.waitFor(text: "confirm")
            try pane.tmux.send("y")
            try pane.tmux.waitFor("the batch paused") { couponRow($0).contains("pause") }

            try pane.tmux.send("u")
            try pane.tmux.waitFor(text: "confirm")
            try pane.tmux.send("y")
            try pane.tmux.waitFor("the batch running again") { couponRow($0).contains("runni") }

            try pane.tmux.send("q")
            #expect(try pane.tmux.waitForExit() == 0)
            let audit = try DashboardFixture.auditLog(db: pane.db)
            #expect(audit.contains("coupon.pause"))
            #expect(audit.contains("coupon.resume"))
            #expect(audit.contains("coupon:\(DashboardFixture.couponId)"))
        }

        @Test func supportRoleHasNoCouponControls() throws {
            let pane = try DashboardPane(arguments: ["--role", "support"])
            try openTestCoupon(pane)
            let before = try pane.tmux.capture()
            #expect(before.lowercased().contains("support"))
            // Keys are handled in order: once help is open, the pause key has been seen and ignored.
            try pane.tmux.send("p")
            try pane.tmux.send("x")
            try pane.tmux.send("?")
            let help = try pane.tmux.waitFor(text: "Help")
            #expect(!help.contains("confirm"))
            #expect(!help.lowercased().contains("pause"))
            try pane.tmux.send("Escape")
            let after = try pane.tmux.waitFor("help closed") { !$0.contains("─ Help") && $0.contains(DashboardFixture.couponName) }
            #expect(couponRow(after).contains("runni"))
            try pane.tmux.send("q")
            #expect(try pane.tmux.waitForExit() == 0)
            let audit = try DashboardFixture.auditLog(db: pane.db)
            #expect(!audit.contains("coupon."))
        }
    }
}
