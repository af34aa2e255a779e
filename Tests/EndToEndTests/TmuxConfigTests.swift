import Foundation
import Testing

/// Flags, the config file and `snapshot`: the binary run directly, plus one check in the terminal.
extension EndToEnd {
    @Suite struct TmuxConfigTests {
        private func snapshot(_ dir: String, _ db: String, _ arguments: [String], env extra: [String: String] = [:])
            throws -> (status: Int32, stdout: String, stderr: String) {
            var env = ProcessInfo.processInfo.environment
            env["XDG_CONFIG_HOME"] = dir + "/config"
            env["LANG"] = "C.UTF-8"
            env["LC_ALL"] = "C.UTF-8"
            env.removeValue(forKey: "NO_COLOR")
            env.merge(extra) { $1 }
            return try runToolCapturing(try DashboardFixture.binary, ["snapshot", "--db", db] + arguments, environment: env)
        }

        private func writeConfig(_ dir: String, _ text: String) throws {
            try FileManager.default.createDirectory(atPath: dir + "/config/shopdash", withIntermediateDirectories: true)
            try text.write(toFile: dir + "/config/shopdash/config.toml", atomically: true, encoding: .utf8)
        }

        @Test func snapshotPrintsAPaneAsPlainTextOfTheAskedSize() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            let out = try snapshot(dir, db, ["--pane", "coupons", "--width", "100", "--height", "30"])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(out.stdout.contains("Issued"))
            #expect(out.stdout.contains(DashboardFixture.couponName))
            #expect(!out.stdout.contains("\u{1B}"))
            let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 30)
            #expect(lines.allSatisfy { $0.count <= 100 })
        }

        @Test func snapshotOfEveryPaneAndInColour() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            let all = try snapshot(dir, db, ["--pane", "all", "--width", "120", "--height", "40"])
            #expect(all.status == 0, "\(all.stderr)")
            for marker in ["Paid orders", "Range", "Live feed", "phone tail", "Issued", "Funnel", "Shipments by status"] {
                #expect(all.stdout.contains(marker), "pane marker \(marker) missing")
            }
            let coloured = try snapshot(dir, db, ["--color", "--width", "100", "--height", "30"], env: ["TERM": "xterm-256color"])
            #expect(coloured.stdout.contains("\u{1B}[0;"))
            #expect(coloured.stdout.contains("\u{1B}[0m"))
            let bad = try snapshot(dir, db, ["--pane", "nope"])
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("unknown pane 'nope'"))
        }

        @Test func privateSnapshotHidesMoneyAndPersonalData() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            let open = try snapshot(dir, db, ["--pane", "all", "--width", "120", "--height", "40"])
            #expect(open.stdout.contains("¥123.45"))
            let hidden = try snapshot(dir, db, ["--pane", "all", "--width", "120", "--height", "40", "--private"])
            #expect(hidden.status == 0, "\(hidden.stderr)")
            #expect(hidden.stdout.contains("PRIVATE"))
            #expect(hidden.stdout.contains("¥•••"))
            #expect(!hidden.stdout.contains("¥123.45"))
            // Order numbers are long digit runs that may contain the tail by chance, so look for
            // the phone as it is printed (masked or whole), not for its last four digits alone.
            #expect(!hidden.stdout.contains("****\(DashboardFixture.phoneTail)"))
            #expect(!hidden.stdout.contains(DashboardFixture.phone))
        }

        @Test func pTogglesPrivacyInTheDashboard() throws {
            let pane = try DashboardPane()
            try pane.waitForOverview()
            try pane.tmux.send("P")
            let hidden = try pane.tmux.waitFor(text: "PRIVATE")
            #expect(hidden.contains("¥•••"))
            try pane.tmux.send("P")
            try pane.tmux.waitFor("privacy off") { !$0.contains("PRIVATE") }
        }

        @Test func configFileSetsDefaultsAndFlagsWin() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            try writeConfig(dir, "# the shop's defaults\nlang = \"zh\"\nalert = \"bell\"\nrefresh = 2\n")
            let zh = try snapshot(dir, db, ["--width", "100", "--height", "30"])
            #expect(zh.status == 0, "\(zh.stderr)")
            #expect(zh.stdout.contains("支付订单"))
            let en = try snapshot(dir, db, ["--lang", "en", "--width", "100", "--height", "30"])
            #expect(en.stdout.contains("Paid orders"))
            #expect(!en.stdout.contains("支付订单"))
        }

        @Test func badConfigNamesFileLineAndKey() throws {
            let (dir, db) = try DashboardFixture.freshStore()
            defer { DashboardFixture.remove(dir) }
            let file = dir + "/config/shopdash/config.toml"

            try writeConfig(dir, "theme = \"dark\"\n\nlang = \"fr\"\n")
            let badValue = try snapshot(dir, db, [])
            #expect(badValue.status != 0)
            #expect(badValue.stderr.contains("\(file):3: lang: 'fr' is not one of en, zh"), "\(badValue.stderr)")

            try writeConfig(dir, "theme = \"dark\"\ncolour = \"red\"\n")
            let unknown = try snapshot(dir, db, [])
            #expect(unknown.stderr.contains("\(file):2: colour: unknown key"), "\(unknown.stderr)")

            try writeConfig(dir, "big_order_fen = \"lots\"\n")
            let wrongType = try snapshot(dir, db, [])
            #expect(wrongType.stderr.contains("\(file):1: big_order_fen: must be a whole number"), "\(wrongType.stderr)")

            try writeConfig(dir, "theme = \"dark\"\nlang = \n")
            let syntax = try snapshot(dir, db, [])
            #expect(syntax.status != 0)
            #expect(syntax.stderr.contains("\(file):2:"), "\(syntax.stderr)")
        }

        @Test func themeAndLanguageChosenInTheAppAreKeptInTheConfigFile() throws {
            let mine = "# the shop's own notes\nrefresh = 2\n\n[check.ingest_lag]\nwarn = 10\n"
            let pane = try DashboardPane(configText: mine)
            try pane.waitForOverview()
            try pane.tmux.send(":")
            try pane.tmux.type("theme light")
            try pane.tmux.send("Enter")
            try pane.tmux.send(":")
            try pane.tmux.type("lang zh")
            try pane.tmux.send("Enter")
            try pane.tmux.waitFor(text: "支付订单")
            let file = pane.dir + "/config/shopdash/config.toml"
            let saved = try String(contentsOfFile: file, encoding: .utf8)
            #expect(saved.hasPrefix("# the shop's own notes\nrefresh = 2\n"), "\(saved)")
            #expect(saved.hasSuffix("[check.ingest_lag]\nwarn = 10\n"), "\(saved)")
            #expect(saved.contains("\ntheme = \"light\"\n") && saved.contains("\nlang = \"zh\"\n"), "\(saved)")
            // The next start reads them back.
            let next = try snapshot(pane.dir, pane.db, ["--width", "100", "--height", "30"])
            #expect(next.status == 0, "\(next.stderr)")
            #expect(next.stdout.contains("支付订单"))
        }

        @Test func aThemeThatCannotBeLoadedIsToldInTheDashboardsLanguage() throws {
            let pane = try DashboardPane(arguments: ["--theme", "no-such-theme", "--lang", "zh"])
            // The reason may run past the status line; the start of the notice is in Chinese.
            let screen = try pane.tmux.waitFor(text: "主题 no-such-theme：")
            #expect(screen.contains("支付订单"), "\(screen)")
        }

        @Test func dashboardTakesItsLanguageFromTheConfigAndRoleFromTheFlag() throws {
            let pane = try DashboardPane(arguments: ["--role", "support"], configText: "lang = \"zh\"\nrole = \"operator\"\n")
            let screen = try pane.tmux.waitFor(text: "支付订单")
            // The flag wins over the config, and the role is on screen.
            #expect(screen.contains("support") || screen.contains("客服"), "\(screen)")
        }
    }
}
