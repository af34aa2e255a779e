import Foundation
import Testing

/// Every command against the built binary, one test at a time like the other end-to-end tests.
extension EndToEnd {
    @Suite struct CliCouponsTests {
        @Test func listAndShowWithFixedJSONKeys() throws {
            let store = try CliStore(events: CliFixture.events)
            let text = try store.run(["coupons", "list"])
            #expect(text.status == 0)
            #expect(text.lines[0].hasPrefix("BATCH  NAME       SYSTEM  TERMS"))
            #expect(text.lines.contains { $0.hasPrefix("B1     满100减20  local   ¥20.00 off over ¥100.00  running  1/10 ") })
            let json = try store.run(["coupons", "list", "--json"]).json()
            let batches = try #require(json["batches"] as? [[String: Any]])
            #expect(Set(batches.compactMap { $0["batch_id"] as? String }) == ["B1", "B2", "B3"])
            #expect(Set(batches[0].keys) == ["batch_id", "name", "kind", "value", "percent_off", "min_spend", "quota", "status",
                                             "starts_at", "ends_at", "system", "remote_id", "effective_status", "issued", "redeemed",
                                             "discount", "gmv"])
            let show = try store.run(["coupons", "show", "B1", "--json"]).json()
            #expect(show["issued"] as? Int == 1)
            #expect(show["redeemed"] as? Int == 1)
            #expect((show["gmv"] as? [String: Any])?["fen"] as? Int == 10_800)
            #expect(show["audit"] as? [Any] != nil)
            #expect(try store.run(["coupons", "show", "B404"]).status == 1)
        }

        @Test func supportIsRefusedAndNothingChanges() throws {
            let store = try CliStore(events: CliFixture.events)
            for change in [["pause", "B1"], ["resume", "B1"], ["stop", "B1"], ["set-quota", "B1", "20"],
                           ["set-end", "B1", "2031-01-01"],
                           ["create", "--id", "B8", "--name", "x", "--kind", "fixed", "--value", "1", "--quota", "1", "--ends", "2031-01-01"]] {
                let r = try store.run(["coupons"] + change + ["--role", "support", "--yes"])
                #expect(r.status == 77, "\(change)")
                #expect(r.stderr == "shopdash: refused: the support role (lowered by --role, SHOPDASH_ROLE or the config's role) cannot change coupons\n")
            }
            let json = try store.run(["coupons", "show", "B1", "--json"]).json()
            #expect(json["status"] as? String == "running")
            #expect(json["quota"] as? Int == 10)
            #expect((try store.run(["audit", "--json"]).json()["entries"] as? [Any])?.count == 0)
        }

        @Test func changesOffATerminalNeedYes() throws {
            let store = try CliStore(events: CliFixture.events)
            let r = try store.run(["coupons", "pause", "B1"], stdin: "y\n")
            #expect(r.status == 2)
            #expect(r.stderr == "shopdash: not changed: pause coupon batch B1 needs --yes when stdin is not a terminal\n")
            #expect(try store.run(["coupons", "show", "B1", "--json"]).json()["status"] as? String == "running")
        }

        /// The SSH client address comes only from `shopdash gate` (SshTests); a $SSH_CLIENT set by the
        /// caller is not believed.
        @Test func operatorChangesAreAppliedAndAuditedWithUserAndSSHClient() throws {
            let store = try CliStore(events: CliFixture.events)
            let ssh = ["SSH_CLIENT": "198.51.100.4 40000 22", "SSH_CONNECTION": "198.51.100.4 40000 10.0.0.1 22"]
            let paused = try store.run(["coupons", "pause", "B1", "--yes", "--json"], environment: ssh)
            #expect(paused.status == 0, "\(paused.stderr)")
            let json = try paused.json()
            #expect(Set(json.keys) == ["batch", "change", "audit"])
            #expect((json["batch"] as? [String: Any])?["status"] as? String == "paused")
            let audit = try #require(json["audit"] as? [String: Any])
            #expect(Set(audit.keys) == ["id", "at", "user", "ssh_client", "role", "action", "target", "before", "after"])
            #expect(audit["action"] as? String == "coupon.pause")
            #expect(audit["target"] as? String == "coupon:B1")
            #expect(audit["ssh_client"] is NSNull)
            #expect(audit["user"] as? String == NSUserName())
            #expect(audit["before"] as? String == #"{"status":"running"}"#)
            #expect(audit["after"] as? String == #"{"status":"paused"}"#)

            let resumed = try store.run(["coupons", "resume", "B1", "--yes"])
            #expect(resumed.status == 0)
            #expect(resumed.lines[0] == "done: resume coupon batch B1")
            #expect(resumed.lines[1].contains(" coupon.resume coupon:B1  {\"status\":\"paused\"} -> {\"status\":\"running\"}"))

            #expect(try store.run(["coupons", "set-quota", "B1", "50", "--yes"]).status == 0)
            #expect(try store.run(["coupons", "set-end", "B1", "2031-06-30", "--yes"]).status == 0)
            let b1 = try store.run(["coupons", "show", "B1", "--json"]).json()
            #expect(b1["quota"] as? Int == 50)
            #expect(b1["ends_at"] as? Int64 == 1_940_601_600)    // 2031-07-01 00:00 Shanghai: through the 30th
            #expect(try store.run(["coupons", "stop", "B1", "--yes"]).status == 0)

            let created = try store.run(["coupons", "create", "--id", "B9", "--name", "满200减30", "--kind", "threshold",
                                         "--value", "30", "--min-spend", "200", "--quota", "500", "--ends", "2031-01-01", "--yes"])
            #expect(created.status == 0, "\(created.stderr)")
            let b9 = try store.run(["coupons", "show", "B9", "--json"]).json()
            #expect((b9["min_spend"] as? [String: Any])?["fen"] as? Int == 20_000)

            let log = try #require(try store.run(["audit", "--json"]).json()["entries"] as? [[String: Any]])
            #expect(log.map { $0["action"] as? String } == ["coupon.create", "coupon.stop", "coupon.end", "coupon.quota",
                                                            "coupon.resume", "coupon.pause"])
        }

        @Test func changesTheBatchDoesNotAllowExit65WithTheReason() throws {
            let store = try CliStore(events: CliFixture.events)
            let resume = try store.run(["coupons", "resume", "B2", "--yes"])
            #expect(resume.status == 65)
            #expect(resume.stderr == "shopdash: invalid: coupon batch B2 is stopped; only a paused batch can be resumed\n")
            let quota = try store.run(["coupons", "set-quota", "B3", "1", "--yes"])
            #expect(quota.status == 65)
            #expect(quota.stderr == "shopdash: invalid: quota 1 is below the 2 coupons already issued from B3\n")
            let past = try store.run(["coupons", "set-end", "B1", "2020-01-01", "--yes"])
            #expect(past.status == 65)
            let duplicate = try store.run(["coupons", "create", "--id", "B1", "--name", "again", "--kind", "fixed", "--value", "1",
                                           "--quota", "1", "--ends", "2031-01-01", "--yes"])
            #expect(duplicate.status == 65)
            #expect(try store.run(["coupons", "pause", "B404", "--yes"]).status == 1)
            #expect(try store.run(["coupons", "create", "--id", "B7", "--name", "x", "--kind", "fixed", "--value", "1.234",
                                   "--quota", "1", "--ends", "2031-01-01", "--yes"]).status == 64)
            #expect((try store.run(["audit", "--json"]).json()["entries"] as? [Any])?.count == 0)
        }

        @Test func onATerminalAChangeAsksFirst() throws {
            let store = try CliStore(events: CliFixture.events)
            // The command's exit status goes to a file: tmux does not always report a dead pane's status.
            func pane(_ name: String) throws -> (CliPane, String) {
                let statusFile = store.dir.appendingPathComponent("\(name).status").path
                let command = ["env", "LANG=C.UTF-8", try CliRunner.binary(), "coupons", "pause", "B1", "--db", store.path]
                    .map(shellQuoted).joined(separator: " ")
                return (try CliPane(width: 100, height: 10, command: ["sh", "-c", "\(command); echo $? > \(shellQuoted(statusFile))"]),
                        statusFile)
            }
            func status(_ pane: CliPane, _ file: String) throws -> String {
                _ = try pane.waitForExit()
                return try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            }

            let (declined, declinedStatus) = try pane("declined")
            defer { declined.stop() }
            try declined.waitFor(text: "Pause coupon batch B1? [y/N]")
            try declined.type("n")
            try declined.send("Enter")
            #expect(try status(declined, declinedStatus) == "2")
            #expect(try declined.capture().contains("shopdash: not changed"))
            #expect(try store.run(["coupons", "show", "B1", "--json"]).json()["status"] as? String == "running")

            let (accepted, acceptedStatus) = try pane("accepted")
            defer { accepted.stop() }
            try accepted.waitFor(text: "[y/N]")
            try accepted.type("y")
            try accepted.send("Enter")
            #expect(try status(accepted, acceptedStatus) == "0")
            #expect(try accepted.capture().contains("done: pause coupon batch B1"))
            #expect(try store.run(["coupons", "show", "B1", "--json"]).json()["status"] as? String == "paused")
        }
    }
}
