import Foundation
import Testing

/// Every command against the built binary, one test at a time like the other end-to-end tests.
extension EndToEnd {
    @Suite struct CliCheckTests {
        @Test func aHealthyShopExitsZeroWithOneLinePerCheckAndPerfdata() throws {
            let store = try CliStore(events: CliFixture.events)
            let r = try store.run(["check", "--now", CliFixture.now])
            #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
            #expect(r.lines.count == 7)
            #expect(r.lines.allSatisfy { $0.hasPrefix("OK ") })
            #expect(r.lines.map { $0.split(separator: ":")[0] } == [
                "OK orders_drop", "OK payment_failures", "OK refund_spike", "OK overdue_shipments", "OK ingest_lag",
                "OK coupon_quota", "OK integrity"])
            let (text, perf) = try #require(r.lines[0].split(separator: "|").map(String.init).splitPair())
            #expect(text.hasSuffix(" "))
            #expect(perf.contains(" ingest_lag=60s;600;1800;0 "))
            #expect(perf.contains(" coupon_quota=50%;90;98;0;100"))
            #expect(r.lines[4] == "OK ingest_lag: newest event 1m 00s ago (warn 600s, crit 1800s)")
            #expect(r.lines[5] == "OK coupon_quota: 50% of 9折券 [B3] issued (2 of 4) (warn 90%, crit 98%)")
            #expect(r.lines.dropFirst().allSatisfy { !$0.contains("|") })
        }

        @Test func aStalledShopIsCriticalAndSaysWhyFirst() throws {
            let store = try CliStore(events: CliFixture.events)
            let r = try store.run(["check", "--now", CliFixture.stalledNow])
            #expect(r.status == 2)
            #expect(r.lines[0].hasPrefix("CRIT ingest_lag: newest event 2h 01m ago (warn 600s, crit 1800s) | "))
        }

        @Test func thresholdsComeFromTheConfigFileAndOptionsOverrideIt() throws {
            let store = try CliStore(events: CliFixture.events)
            let config = store.dir.appendingPathComponent("check.toml").path
            try "# quieter coupons, stricter feed\n[ingest_lag]\nwarn = 30\ncrit = 600\n".write(toFile: config, atomically: true, encoding: .utf8)
            let fromFile = try store.run(["check", "--now", CliFixture.now, "--config", config])
            #expect(fromFile.status == 1)
            #expect(fromFile.lines[0].hasPrefix("WARN ingest_lag: newest event 1m 00s ago (warn 30s, crit 600s)"))

            let overridden = try store.run(["check", "--now", CliFixture.now, "--config", config,
                                            "--warn-ingest-lag", "120", "--warn-coupon-quota", "40", "--crit-coupon-quota", "50"])
            #expect(overridden.status == 2)
            #expect(overridden.lines[0].hasPrefix("CRIT coupon_quota: 50% of 9折券 [B3]"))
            #expect(overridden.lines.contains("OK ingest_lag: newest event 1m 00s ago (warn 120s, crit 600s)"))

            // The default place: $XDG_CONFIG_HOME/shopdash/config.toml, [check] table.
            let xdg = store.dir.appendingPathComponent("xdg")
            try FileManager.default.createDirectory(at: xdg.appendingPathComponent("shopdash"), withIntermediateDirectories: true)
            try "theme = \"dark\"\n\n[check.ingest_lag]\nwarn = 10\ncrit = 50\n"
                .write(to: xdg.appendingPathComponent("shopdash/config.toml"), atomically: true, encoding: .utf8)
            let fromDefault = try store.run(["check", "--now", CliFixture.now], environment: ["XDG_CONFIG_HOME": xdg.path])
            #expect(fromDefault.status == 2)
            #expect(fromDefault.lines[0].hasPrefix("CRIT ingest_lag"))
        }

        @Test func badConfigurationIsUnknownNamingFileAndLine() throws {
            let store = try CliStore(events: CliFixture.events)
            let config = store.dir.appendingPathComponent("check.toml").path
            try "[ingest_lag]\nwarn = 30\n\n[orders_drop]\nwarn = 50\ncirt = 90\n".write(toFile: config, atomically: true, encoding: .utf8)
            let r = try store.run(["check", "--config", config])
            #expect(r.status == 3)
            #expect(r.stdout == "UNKNOWN config: \(config):6: orders_drop.cirt: unknown setting (known: warn, crit, window_minutes, min_baseline)\n")
            try "[ingest_lag\n".write(toFile: config, atomically: true, encoding: .utf8)
            let syntax = try store.run(["check", "--config", config])
            #expect(syntax.status == 3)
            #expect(syntax.stdout.hasPrefix("UNKNOWN config: \(config):1: "))
        }

        @Test func aStoreThatCannotBeReadIsUnknown() throws {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let missing = try CliRunner.run(["check", "--db", dir.appendingPathComponent("none.sqlite").path])
            #expect(missing.status == 3)
            #expect(missing.stdout.hasPrefix("UNKNOWN store: "))
            #expect(missing.stdout.contains("no such store"))
            let junk = dir.appendingPathComponent("junk.sqlite").path
            try "not a database at all, just text".write(toFile: junk, atomically: true, encoding: .utf8)
            let notAStore = try CliRunner.run(["check", "--db", junk, "--json"])
            #expect(notAStore.status == 3)
            #expect(try notAStore.json()["status"] as? String == "UNKNOWN")
            #expect(!FileManager.default.fileExists(atPath: junk + "-wal"))
        }

        /// The integrity entry of `check --json`.
        static func integrity(_ r: CliResult) throws -> [String: Any] {
            let checks = try #require(try r.json()["checks"] as? [[String: Any]])
            return try #require(checks.first { $0["name"] as? String == "integrity" })
        }

        @Test func aQuickCheckRunIsRememberedAndReusedWhileYoung() throws {
            let store = try CliStore(events: CliFixture.events)
            let first = try Self.integrity(try store.run(["check", "--now", CliFixture.now, "--json"]))
            #expect(first["checked_at"] as? Int64 == CliFixture.nowSeconds)
            #expect((first["detail"] as? String)?.hasPrefix("quick_check ok (checked now, ") == true)
            #expect(Set(first.keys) == ["name", "status", "value", "unit", "warn", "crit", "detail", "checked_at", "check_seconds"])

            // Half an hour later the run is reused: its time has not changed, so quick_check did not run.
            let halfHour = "2026-11-25T14:30:00+08:00"
            let reused = try store.run(["check", "--now", halfHour])
            let line = try #require(reused.lines.first { $0.hasPrefix("OK integrity: ") })
            #expect(line.hasPrefix("OK integrity: quick_check ok (checked 30 min ago, "))
            #expect(try Self.integrity(try store.run(["check", "--now", halfHour, "--json"]))["checked_at"] as? Int64
                    == CliFixture.nowSeconds)

            // A shorter maximum age, from the option or the file, makes it run again.
            let rerun = try Self.integrity(try store.run(["check", "--now", halfHour, "--json", "--integrity-max-age", "20"]))
            #expect(rerun["checked_at"] as? Int64 == CliFixture.nowSeconds + 1_800)
            let config = store.dir.appendingPathComponent("check.toml").path
            try "integrity_max_age_minutes = 0\n".write(toFile: config, atomically: true, encoding: .utf8)
            let always = try Self.integrity(try store.run(["check", "--now", halfHour, "--json", "--config", config]))
            #expect(always["checked_at"] as? Int64 == CliFixture.nowSeconds + 1_800)
            #expect((always["detail"] as? String)?.hasPrefix("quick_check ok (checked now, ") == true)

            try "integrity = true\nintegrity_max_age_minutes = -5\n".write(toFile: config, atomically: true, encoding: .utf8)
            let bad = try store.run(["check", "--config", config])
            #expect(bad.status == 3)
            #expect(bad.stdout == "UNKNOWN config: \(config):2: integrity_max_age_minutes: expected a whole number of minutes, 0 or more\n")
            let badOption = try store.run(["check", "--integrity-max-age=-1"])
            #expect(badOption.status == 3)
            #expect(badOption.stdout.hasPrefix("UNKNOWN config: --integrity-max-age (-1) must be 0 or more"))
        }

        /// A monitoring user who may read the store but not write it: as root, the check runs as
        /// nobody; as anyone else, the store file is made read-only.
        @Test func aUserWhoCannotWriteTheStoreStillGetsAFreshQuickCheck() throws {
            let store = try CliStore(events: CliFixture.events)
            let fm = FileManager.default
            var prefix: [String] = []
            var binary = try CliRunner.binary()
            if getuid() == 0 {
                // nobody must be able to create the -shm file beside the store, but not write the store.
                try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: store.dir.path)
                try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.path)
                prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
                // The build folder may sit below a directory nobody cannot enter: run a copy.
                let copy = store.dir.appendingPathComponent("shopdash").path
                try? fm.removeItem(atPath: copy)
                try fm.copyItem(atPath: binary, toPath: copy)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy)
                binary = copy
            } else {
                try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store.path)
            }
            defer { try? fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.path) }
            for _ in 0..<2 {
                let argv = prefix + [binary, "check", "--db", store.path, "--now", CliFixture.now]
                let output = try CliProcess.run(argv, environment: CliRunner.environment())
                let text = String(decoding: output.stdout, as: UTF8.self)
                #expect(output.status == 0, "\(text)\(String(decoding: output.stderr, as: UTF8.self))")
                #expect(text.split(separator: "\n").last == "OK integrity: quick_check ok")
            }
            // Nothing was remembered: a writer's check now runs quick_check itself.
            try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.path)
            let writer = try Self.integrity(try store.run(["check", "--now", CliFixture.now, "--json"]))
            #expect((writer["detail"] as? String)?.hasPrefix("quick_check ok (checked now, ") == true)
        }

        @Test func deepFindsTheRollupsOfAGoodStoreEqualToTheRawTables() throws {
            let store = try CliStore(events: CliFixture.events)
            let r = try store.run(["check", "--now", CliFixture.now, "--no-integrity", "--deep"])
            #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
            let line = try #require(r.lines.first { $0.hasPrefix("OK rollups: ") })
            #expect(line.hasPrefix("OK rollups: match the raw tables over shop days 2026-11-19 to 2026-11-25 ("))
            #expect(r.lines[0].contains(" rollup_differences=0;;;0 "))
            let one = try store.run(["check", "--now", CliFixture.now, "--no-integrity", "--deep", "--days", "1"])
            #expect(one.lines.contains { $0.hasPrefix("OK rollups: match the raw tables over shop day 2026-11-25 (") })
            // Without --deep there is no rollups line, and --days alone is a usage mistake.
            let plain = try store.run(["check", "--now", CliFixture.now, "--no-integrity"])
            #expect(!plain.stdout.contains("rollups"))
            let alone = try store.run(["check", "--now", CliFixture.now, "--days", "3"])
            #expect(alone.status == 3)
            #expect(alone.stdout == "UNKNOWN config: --days needs --deep\n")
            let zero = try store.run(["check", "--now", CliFixture.now, "--deep", "--days", "0"])
            #expect(zero.status == 3)
        }

        @Test func deepNamesADamagedRollupRowAndIsCritical() throws {
            let store = try CliStore(events: CliFixture.events)
            // T1 was paid at 10:00:30 on the 25th through the share channel: its minute row gains a fen.
            let minute = CliFixture.nowSeconds - 4 * 3_600
            let sql = "UPDATE rollup_minute SET gmv_fen = gmv_fen + 1 WHERE minute = \(minute) AND channel = 'share'"
            let damage = try CliProcess.run(["/usr/bin/env", "sqlite3", store.path, sql], environment: CliRunner.environment())
            #expect(damage.status == 0, "\(String(decoding: damage.stderr, as: UTF8.self))")

            let r = try store.run(["check", "--now", CliFixture.now, "--no-integrity", "--deep"])
            #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
            #expect(r.lines[0].hasPrefix("CRIT rollups: 1 row differs from the raw tables over shop days 2026-11-19 to "
                                         + "2026-11-25 ("))
            #expect(r.lines[0].contains("; first: rollup_minute 2026-11-25 10:00 share: gmv_fen stored 10801, recomputed 10800 | "))
            #expect(r.lines[1] == "  rollup_minute 2026-11-25 10:00 share: gmv_fen stored 10801, recomputed 10800")
            #expect(r.lines.dropFirst(2).allSatisfy { $0.hasPrefix("OK ") })

            let json = try store.run(["check", "--now", CliFixture.now, "--no-integrity", "--deep", "--json"]).json()
            #expect(json["exit_code"] as? Int == 2)
            let checks = try #require(json["checks"] as? [[String: Any]])
            let rollups = try #require(checks.last)
            #expect(rollups["name"] as? String == "rollups")
            #expect(rollups["status"] as? String == "CRIT")
            #expect(rollups["value"] as? Int == 1)
            #expect(rollups["from"] as? String == "2026-11-19")
            #expect(rollups["to"] as? String == "2026-11-25")
            let differences = try #require(rollups["differences"] as? [[String: Any]])
            #expect(differences.count == 1)
            #expect(differences.first?["table"] as? String == "rollup_minute")
            #expect(differences.first?["row"] as? String == "2026-11-25 10:00 share")
            #expect(differences.first?["column"] as? String == "gmv_fen")
            #expect(differences.first?["stored"] as? Int == 10_801)
            #expect(differences.first?["recomputed"] as? Int == 10_800)

            // A day range that ends before the damaged row does not look at it.
            let earlier = try store.run(["check", "--now", "2026-11-24T23:00:00+08:00", "--no-integrity", "--deep"])
            #expect(earlier.lines.contains { $0.hasPrefix("OK rollups: match the raw tables over shop days 2026-11-18 to 2026-11-24 (") })
        }

        @Test func jsonHasFixedKeysForEveryCheck() throws {
            let store = try CliStore(events: CliFixture.events)
            let r = try store.run(["check", "--now", CliFixture.stalledNow, "--json", "--no-integrity"])
            #expect(r.status == 2)
            let json = try r.json()
            #expect(Set(json.keys) == ["status", "exit_code", "now", "checks", "perfdata"])
            #expect(json["status"] as? String == "CRIT")
            #expect(json["exit_code"] as? Int == 2)
            #expect(json["now"] as? Int64 == CliFixture.nowSeconds + 7_200)
            let checks = try #require(json["checks"] as? [[String: Any]])
            #expect(checks.map { $0["name"] as? String } == ["orders_drop", "payment_failures", "refund_spike",
                                                             "overdue_shipments", "ingest_lag", "coupon_quota"])
            for check in checks {
                #expect(Set(check.keys) == ["name", "status", "value", "unit", "warn", "crit", "detail"])
            }
            let lag = try #require(checks.first { $0["name"] as? String == "ingest_lag" })
            #expect(lag["value"] as? Int == 7_260)
            #expect(lag["warn"] as? Int == 600)
            #expect(lag["status"] as? String == "CRIT")
        }
    }
}

extension Array where Element == String {
    /// The two halves of a line split once.
    func splitPair() -> (String, String)? { count == 2 ? (self[0], self[1]) : nil }
}
