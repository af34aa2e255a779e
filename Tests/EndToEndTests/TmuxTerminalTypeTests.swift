import Foundation
import Testing

extension EndToEnd {
    @Suite struct TmuxTerminalTypeTests {
        @Test func vt100AndCLocaleShowASCIIOnly() throws {
            let pane = try DashboardPane(width: 100, height: 30, lang: "C", term: "vt100")
            let screen = try pane.waitForOverview()
            let nonASCII = screen.unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "non-ASCII on a C-locale screen: \(String(String.UnicodeScalarView(nonASCII.prefix(20))))")
            // Boxes and the chart are drawn with ASCII glyphs rather than dropped.
            #expect(screen.contains("+-"))
            #expect(screen.contains("GMV"))
            try pane.tmux.send("2")
            let sales = try pane.tmux.waitFor(text: "Range")
            let salesASCII = sales.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(salesASCII)
            let chartMarks = sales.filter { "*.:'|/\\_-#o".contains($0) }.count
            #expect(chartMarks > 20, "the ASCII chart left almost no marks:\n\(sales)")
        }

        @Test func dumbTerminalIsRefusedWithAHint() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            let tmux = try TmuxSession(width: 100, height: 10,
                                       command: try DashboardFixture.command(dir: dir, db: db, term: "dumb"))
            defer { tmux.stop() }
            let status = try tmux.waitForExit()
            let screen = try tmux.captureWithHistory().replacingOccurrences(of: "\n", with: "")
            #expect(status != 0)
            #expect(screen.contains("TERM=dumb"))
            #expect(screen.contains("shopdash snapshot"))
        }

        @Test func unknownTerminalTypeIsRefusedWithAHint() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            let tmux = try TmuxSession(width: 100, height: 10,
                                       command: try DashboardFixture.command(dir: dir, db: db, term: "no-such-terminal-9"))
            defer { tmux.stop() }
            let status = try tmux.waitForExit()
            // The message wraps at the pane's edge: read it as one line.
            let screen = try tmux.captureWithHistory().replacingOccurrences(of: "\n", with: "")
            #expect(status != 0)
            #expect(screen.contains("unknown terminal type TERM=no-such-terminal-9"), "\(screen)")
        }

        @Test func noTerminalMeansAMessageNotEscapeSequences() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            var env = ProcessInfo.processInfo.environment
            env["TERM"] = "xterm-256color"
            env["XDG_CONFIG_HOME"] = dir + "/config"
            // Standard output is a file here, not a terminal.
            let result = try runToolCapturing(try DashboardFixture.binary, ["--db", db], environment: env)
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            #expect(!result.stderr.contains("\u{1B}"))
            #expect(result.stderr.contains("not a terminal"))
            #expect(result.stderr.contains("shopdash snapshot"))
        }
    }
}
