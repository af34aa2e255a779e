import Foundation
import Testing

/// `db` and `tz` in config.toml mean the same to every command as the flags do.
extension EndToEnd {
    @Suite struct CliSettingsTests {
        private func withConfig(_ store: CliStore, _ text: String) throws -> [String: String] {
            let folder = store.dir.appendingPathComponent("config/shopdash")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
            return ["XDG_CONFIG_HOME": store.dir.appendingPathComponent("config").path, "SHOPDASH_DB": ""]
        }

        @Test func ordersFindReadsTheStoreAndTheDaysFromTheConfigFile() throws {
            let store = try CliStore(events: CliFixture.events)
            let day = ["orders", "find", "5678", "--from", "2026-11-25", "--to", "2026-11-25"]

            let shanghai = try CliRunner.run(day, environment: try withConfig(store, "db = \"\(store.path)\"\n"))
            #expect(shanghai.status == 0, "\(shanghai.stderr)")
            #expect(shanghai.stdout.contains("T1"))

            // 25 November in Los Angeles starts at 16:00 in Shanghai, after both orders with that phone tail.
            let env = try withConfig(store, "db = \"\(store.path)\"\ntz = \"America/Los_Angeles\"\n")
            let fromConfig = try CliRunner.run(day, environment: env)
            let fromFlag = try CliRunner.run(day + ["--tz", "America/Los_Angeles", "--db", store.path])
            #expect(fromConfig.status != 0)
            #expect(fromConfig.status == fromFlag.status)
            #expect(fromConfig.stderr == fromFlag.stderr)
        }

        /// A lone `[` used to fail the TOML parser's assertion and kill the process.
        @Test func aTableHeaderWithoutANameIsRefusedWithItsLine() throws {
            let store = try CliStore(events: CliFixture.events)
            let env = try withConfig(store, "db = \"\(store.path)\"\n[\n")
            for command in [["stats"], ["check"]] {
                let run = try CliRunner.run(command, environment: env)
                #expect(run.status != 0)
                // `check` answers on standard output, for scripts.
                let said = run.stdout + run.stderr
                #expect(said.contains("config.toml:2") && said.contains("a table header needs a name"), "\(command): \(said)")
            }
        }

        @Test func statsAndCheckFindTheStoreNamedInTheConfigFile() throws {
            let store = try CliStore(events: CliFixture.events)
            let env = try withConfig(store, "db = \"\(store.path)\"\n")
            let stats = try CliRunner.run(["stats"], environment: env)
            #expect(stats.status == 0, "\(stats.stderr)")
            #expect(!stats.stderr.contains("no such"))
            let check = try CliRunner.run(["check"], environment: env)
            #expect(!check.stdout.contains("no such store") && !check.stderr.contains("no such store"), "\(check.stdout)\(check.stderr)")
        }
    }
}
