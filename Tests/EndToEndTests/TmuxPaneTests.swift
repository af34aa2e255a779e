import Foundation
import Testing

/// The real binary in a real terminal (tmux), driven by keys, read from the screen.
extension EndToEnd {
    @Suite struct TmuxPaneTests {
        /// Text only that pane draws, for each pane key.
        static let markers: [(keys: [String], text: String)] = [
            (["2"], "Range"), (["3"], "Live feed"), (["4"], "phone tail"),
            // The search box keeps digits as text; Tab leaves it.
            (["Tab"], "Issued"), (["6"], "Funnel"), (["7"], "Shipments by status"), (["1"], "Paid orders"),
        ]

        @Test func everyPaneCanBeReachedByItsKey() throws {
            let pane = try DashboardPane()
            try pane.waitForOverview()
            for (keys, text) in Self.markers {
                for key in keys { try pane.tmux.send(key) }
                try pane.tmux.waitFor(text: text)
            }
            // Tab from the last pane wraps to the first.
            try pane.tmux.send("7")
            try pane.tmux.waitFor(text: "Shipments by status")
            try pane.tmux.send("Tab")
            try pane.tmux.waitFor(text: "Paid orders")
        }

        @Test func quittingGivesTheTerminalBack() throws {
            let pane = try DashboardPane()
            try pane.waitForOverview()
            #expect(try pane.alternateScreenOn())
            try pane.tmux.send("q")
            let status = try pane.tmux.waitForExit()
            let screen = try pane.tmux.capture()
            #expect(status == 0, "exit status \(status); screen:\n\(screen)")
            #expect(try pane.alternateScreenOn() == false)
        }

        @Test func ctrlCQuitsLikeQ() throws {
            let pane = try DashboardPane()
            try pane.waitForOverview()
            try pane.tmux.send("C-c")
            #expect(try pane.tmux.waitForExit() == 0)
            #expect(try pane.alternateScreenOn() == false)
        }

        @Test func ctrlZSuspendsToTheShellAndFgRepaints() throws {
            // Job control needs an interactive shell: a process group without one discards SIGTSTP.
            guard let bash = findTool("bash") else { throw EndToEndFailure("bash is needed for the job-control test") }
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            let tmux = try TmuxSession(width: 120, height: 40, command: "\(bash) --norc --noprofile -i")
            defer { tmux.stop() }
            try tmux.type("PS1='ready$ '; " + (try DashboardFixture.command(dir: dir, db: db, arguments: [],
                                                                              lang: "C.UTF-8", term: "xterm-256color")))
            try tmux.send("Enter")
            try tmux.waitFor(text: "Paid orders")
            try tmux.send("C-z")
            try tmux.waitFor("the shell's prompt after Ctrl-Z") { $0.contains("Stopped") && !$0.contains("Paid orders") }
            try tmux.type("fg")
            try tmux.send("Enter")
            try tmux.waitFor("the dashboard repainted after fg") { $0.contains("Paid orders") && !$0.contains("Stopped") }
            try tmux.send("q")
            try tmux.waitFor("the prompt after quitting") { $0.contains("ready$") && !$0.contains("Paid orders") }
            try tmux.type("exit")
            try tmux.send("Enter")
            #expect(try tmux.waitForExit() == 0)
        }

        @Test func sigtermRestoresTheTerminalAndSaysSo() throws {
            let pane = try DashboardPane()
            try pane.waitForOverview()
            kill(try pane.programPid(), SIGTERM)
            #expect(try pane.tmux.waitForExit() == 128 + SIGTERM)
            #expect(try pane.alternateScreenOn() == false)
        }

        @Test func tooSmallScreenAndBack() throws {
            let pane = try DashboardPane(width: 100, height: 30)
            try pane.waitForOverview()
            try pane.tmux.resize(width: 40, height: 10)
            try pane.tmux.waitFor(text: "too small")
            try pane.tmux.resize(width: 120, height: 40)
            let screen = try pane.tmux.waitFor("the overview again") { $0.contains("Paid orders") && !$0.contains("too small") }
            // The frame fills the new size: the tab bar's clock sits at the right edge of 120 columns.
            let firstLine = screen.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            #expect(firstLine.count > 100, "tab bar after resize: \(firstLine)")
        }
    }
}
