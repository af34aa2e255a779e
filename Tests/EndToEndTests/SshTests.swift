import Foundation
import Testing

/// shopdash as an on-call engineer meets it: over a real SSH session to this machine.
/// Where sshd cannot be started these tests fail and say why; they never pass silently.
extension EndToEnd {
    @Suite struct SshTests {
        /// A demo shop whose history runs up to now: healthy by the default thresholds.
        static func demoStore(in dir: URL) throws -> String {
            let db = dir.appendingPathComponent("demo.sqlite").path
            let made = try CliRunner.run(["demo", "--headless", "--seed", "7", "--days", "3", "--orders-per-day", "800",
                                          "--duration", "0", "--db", db])
            guard made.status == 0 else { throw CliRunnerError("demo failed (\(made.status)): \(made.stderr)") }
            return db
        }

        static func scratch() throws -> URL {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-ssh-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return dir
        }

        @Test func checkOverSSHGivesTheExitCodeToTheScript() throws {
            let sshd = try Sshd()
            defer { sshd.stop() }
            let dir = try Self.scratch()
            defer { try? FileManager.default.removeItem(at: dir) }
            let db = try Self.demoStore(in: dir)
            let bin = shellQuoted(try CliRunner.binary())

            let healthy = try sshd.run("\(bin) check --db \(shellQuoted(db))")
            #expect(healthy.status == 0, "healthy store: \(healthy.stdout)\(healthy.stderr)\nsshd log:\n\(sshd.log)")
            #expect(healthy.lines.first?.hasPrefix("OK ") == true)
            #expect(healthy.lines.count == 7)

            // The same shop two hours after its last event: the feed has stalled.
            let later = Int64(Date().timeIntervalSince1970) + 7_200
            let stalled = try sshd.run("\(bin) check --db \(shellQuoted(db)) --now \(later)")
            #expect(stalled.status == 2, "stalled store: \(stalled.stdout)\(stalled.stderr)")
            #expect(stalled.lines.first?.hasPrefix("CRIT ingest_lag: newest event 2h ") == true, "\(stalled.stdout)")

            let missing = try sshd.run("\(bin) check --db \(shellQuoted(dir.appendingPathComponent("none.sqlite").path))")
            #expect(missing.status == 3)

            // A plain SSH login is the OS user; $SSH_CLIENT is not believed outside the gate.
            let paused = try sshd.run("\(bin) coupons list --json --db \(shellQuoted(db))")
            let batches = try #require(try paused.json()["batches"] as? [[String: Any]])
            let running = try #require(batches.first { $0["effective_status"] as? String == "running" }?["batch_id"] as? String)
            let change = try sshd.run("\(bin) coupons pause \(shellQuoted(running)) --yes --json --db \(shellQuoted(db))")
            #expect(change.status == 0, "\(change.stderr)")
            let audit = try #require(try change.json()["audit"] as? [String: Any])
            #expect(audit["ssh_client"] is NSNull)
            #expect(audit["user"] as? String == sshd.user)

            // Through `shopdash gate` in authorized_keys: the key's role and name, the client's address.
            let keys = sshd.path("authorized_keys")
            let key = try String(contentsOfFile: keys, encoding: .utf8)
            try "command=\"\(try CliRunner.binary()) gate --role operator --name oncall --db \(db)\",restrict \(key)"
                .write(toFile: keys, atomically: true, encoding: .utf8)
            let gated = try sshd.run("shopdash coupons resume \(shellQuoted(running)) --yes --json --role operator")
            #expect(gated.status == 0, "\(gated.stdout)\(gated.stderr)")
            let gatedAudit = try #require(try gated.json()["audit"] as? [String: Any])
            #expect(gatedAudit["user"] as? String == "oncall")
            #expect(gatedAudit["ssh_client"] as? String == "127.0.0.1")
            let widened = try sshd.run("coupons pause \(shellQuoted(running)) --yes --db /tmp/other.sqlite")
            #expect(widened.status == 77, "\(widened.stderr)")
            try "command=\"\(try CliRunner.binary()) gate --role support --name helpdesk --db \(db)\",restrict \(key)"
                .write(toFile: keys, atomically: true, encoding: .utf8)
            let support = try sshd.run("coupons pause \(shellQuoted(running)) --yes --role operator")
            #expect(support.status == 77, "\(support.stderr)")
            #expect(try sshd.run("stats --json").status == 0)
            #expect(try sshd.run("ingest -").status == 77)

            // Stopped by its pid: afterwards nothing answers on its port.
            let pid = sshd.pid
            sshd.stop()
            #expect(kill(pid, 0) != 0)
            #expect(try sshd.run("true").status == 255)
        }

        @Test func theDashboardRunsOverSSHInAnEightyByTwentyFourScreen() throws {
            let sshd = try Sshd()
            defer { sshd.stop() }
            let dir = try Self.scratch()
            defer { try? FileManager.default.removeItem(at: dir) }
            let db = try Self.demoStore(in: dir)
            let remote = "LANG=C.UTF-8 \(shellQuoted(try CliRunner.binary())) --db \(shellQuoted(db))"
            // ssh's own exit status goes to a file: tmux does not always report a dead pane's status.
            let statusFile = dir.appendingPathComponent("ssh.status").path
            let ssh = (["env", "TERM=screen", "LANG=C.UTF-8"] + sshd.sshCommand(["-tt", "shopdash-test", remote]))
                .map(shellQuoted).joined(separator: " ")
            let pane = try CliPane(width: 80, height: 24, command: ["sh", "-c", "\(ssh); echo $? > \(shellQuoted(statusFile))"])
            defer { pane.stop() }
            try pane.waitFor(text: "Paid orders", timeout: 30)
            let screen = try pane.capture()
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(rows.count == 24)
            #expect(rows.allSatisfy { $0.count <= 80 })
            try pane.send("3")
            try pane.waitFor(text: "Live feed")
            try pane.send("2")
            try pane.waitFor(text: "Range")
            try pane.send("1")
            try pane.waitFor(text: "Paid orders")
            try pane.send("q")
            _ = try pane.waitForExit()
            let status = try String(contentsOfFile: statusFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let last = try pane.capture()
            #expect(status == "0", "ssh exit status \(status); screen:\n\(last)\nsshd log:\n\(sshd.log)")
            #expect(sshd.log.contains("Starting session: command on pts/"), "the dashboard did not get a pty")
        }
    }
}
