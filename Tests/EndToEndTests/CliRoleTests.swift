import Foundation
import Testing

/// The role is who you are: the store's owner and root are operators, everyone else support,
/// unless a `[roles]` table in a config file that root or the owner keeps says otherwise; flags,
/// SHOPDASH_ROLE and the config's `role` only ever lower it.
extension EndToEnd {
    @Suite struct CliRoleTests {
        static let isRoot = getuid() == 0

        /// A store that `nobody` may write (so only the role can refuse it), a copy of the binary that
        /// nobody can reach, and a config folder.
        final class Setup {
            let store: CliStore
            let binary: String
            var config: String { store.dir.appendingPathComponent("config/shopdash/config.toml").path }

            init() throws {
                store = try CliStore(events: CliFixture.events)
                let fm = FileManager.default
                try fm.setAttributes([.posixPermissions: 0o777], ofItemAtPath: store.dir.path)
                try fm.setAttributes([.posixPermissions: 0o666], ofItemAtPath: store.path)
                binary = store.dir.appendingPathComponent("shopdash").path
                try fm.copyItem(atPath: try CliRunner.binary(), toPath: binary)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
                try fm.createDirectory(atPath: (config as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store.dir.appendingPathComponent("config").path)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: (config as NSString).deletingLastPathComponent)
            }

            /// Runs shopdash on the store as `uid` (nil: this user), with the config folder.
            func run(as uid: Int? = nil, _ arguments: [String], env: [String: String] = [:]) throws -> CliResult {
                let prefix = uid.map { ["/usr/bin/setpriv", "--reuid=\($0)", "--regid=\($0)", "--clear-groups"] } ?? []
                var environment = CliRunner.environment(env)
                environment["XDG_CONFIG_HOME"] = store.dir.appendingPathComponent("config").path
                let out = try CliProcess.run(prefix + [binary] + arguments + ["--db", store.path], environment: environment)
                return CliResult(status: out.status, stdout: String(decoding: out.stdout, as: UTF8.self),
                                 stderr: String(decoding: out.stderr, as: UTF8.self))
            }

            func writeConfig(_ text: String, owner: Int, mode: Int) throws {
                try text.write(toFile: config, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: mode, .ownerAccountID: owner], ofItemAtPath: config)
            }
        }

        static let pause = ["coupons", "pause", "B1", "--yes"]
        static let resume = ["coupons", "resume", "B1", "--yes"]

        @Test func theOwnerIsOperatorAndEveryWayOfAskingOnlyLowersIt() throws {
            let s = try Setup()
            #expect(try s.run(Self.pause).status == 0)
            #expect(try s.run(Self.resume).status == 0)
            let cases: [(String, [String], [String: String])] = [
                ("--role support", ["--role", "support"], [:]),
                ("--role support --role operator", ["--role", "support", "--role", "operator"], [:]),
                ("--role operator --role support", ["--role", "operator", "--role", "support"], [:]),
                ("SHOPDASH_ROLE=support", [], ["SHOPDASH_ROLE": "support"]),
                ("SHOPDASH_ROLE=support --role operator", ["--role", "operator"], ["SHOPDASH_ROLE": "support"]),
            ]
            for (name, flags, env) in cases {
                let r = try s.run(Self.pause + flags, env: env)
                #expect(r.status == 77, "\(name): \(r.status) \(r.stderr)")
                #expect(r.stderr.contains("refused: the support role (lowered by --role, SHOPDASH_ROLE or the config's role) cannot change coupons"),
                        "\(name): \(r.stderr)")
            }
            try s.writeConfig("role = \"support\"\n", owner: Int(getuid()), mode: 0o644)
            #expect(try s.run(Self.pause).status == 77)
            #expect(try s.run(Self.pause, env: ["SHOPDASH_ROLE": "admin"]).status != 0)
        }

        @Test func supportCannotSearchByAFullPhoneNumber() throws {
            let s = try Setup()
            let support = try s.run(["orders", "find", "13812345678", "--role", "support"])
            #expect(support.status == 77, "\(support.stderr)")
            #expect(support.stderr.contains("may search by the last 4 digits of a phone, not by a full number"))
            #expect(try s.run(["orders", "find", "5678", "--role", "support"]).status == 0)
            let owner = try s.run(["orders", "find", "13812345678", "--json"])
            #expect(owner.status == 0)
            #expect(try owner.json()["count"] as? Int == 1)
        }

        @Test(.enabled(if: isRoot, "needs root to run commands as another user (nobody) beside the store's owner")) func someoneElseIsSupportUnlessATrustedRolesTableSaysOperator() throws {
            let s = try Setup()
            let nobody = 65_534
            let plain = try s.run(as: nobody, Self.pause)
            #expect(plain.status == 77, "\(plain.stderr)")
            #expect(plain.stderr.contains("refused: the support role (not the owner of the store) cannot change coupons"), "\(plain.stderr)")
            #expect(try s.run(as: nobody, Self.pause + ["--role", "operator"]).status == 77)

            let listed = "[roles]\noperator = [\"nobody\"]\nsupport = [\"@staff\"]\n"
            // Root's file, writable by root only: believed.
            try s.writeConfig(listed, owner: 0, mode: 0o644)
            let trusted = try s.run(as: nobody, Self.pause)
            #expect(trusted.status == 0, "\(trusted.stderr)")
            #expect(try s.run(as: nobody, Self.resume + ["--role", "support"]).status == 77)
            #expect(try s.run(as: nobody, Self.resume).status == 0)

            // The same table in a file that nobody owns, or that others may write: ignored and said so.
            for (owner, mode) in [(nobody, 0o644), (0, 0o666)] {
                try s.writeConfig(listed, owner: owner, mode: mode)
                let r = try s.run(as: nobody, Self.pause)
                #expect(r.status == 77, "owner \(owner) mode \(String(mode, radix: 8)): \(r.stderr)")
                #expect(r.stderr.contains("[roles] in \(s.config) is ignored: the file must belong to root or the store's owner"),
                        "\(r.stderr)")
            }

            // A trusted table that does not list root makes root support too: anyone not listed is.
            try s.writeConfig("[roles]\noperator = [\"@nosuchgroup\"]\n", owner: 0, mode: 0o644)
            #expect(try s.run(Self.pause).status == 77)
        }
    }
}
