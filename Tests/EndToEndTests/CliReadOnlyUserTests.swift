import Foundation
import Testing

/// A monitoring user who may read the store but not write it: correct answers, exit 77 for a
/// change, and no -wal/-shm files left behind that would lock the owner out. As root the store
/// belongs to `daemon` and the reader is `nobody`, each run through setpriv; as anyone else only
/// what one user can show runs (the owner-locking tests need two users).
extension EndToEnd {
    @Suite struct CliReadOnlyUserTests {
        static let isRoot = getuid() == 0
        static let owner = (uid: 1, name: "daemon")
        static let reader = (uid: 65534, name: "nobody")

        /// A folder that both users can enter, with the binary copied in (the build folder may be
        /// below one that they cannot enter) and a store owned by `daemon` (when root).
        final class Shared {
            let dir: URL
            let binary: String
            var store: String { dir.appendingPathComponent("data/shop.sqlite").path }
            var data: String { dir.appendingPathComponent("data").path }

            init() throws {
                let fm = FileManager.default
                dir = fm.temporaryDirectory.appendingPathComponent("shopdash-ro-\(UUID().uuidString)")
                try fm.createDirectory(atPath: dir.appendingPathComponent("data").path, withIntermediateDirectories: true)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
                binary = dir.appendingPathComponent("shopdash").path
                try fm.copyItem(atPath: try CliRunner.binary(), toPath: binary)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
                let events = dir.appendingPathComponent("events.jsonl").path
                try CliFixture.events.write(toFile: events, atomically: true, encoding: .utf8)
                try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: events)
                if isRoot {
                    try fm.setAttributes([.ownerAccountID: owner.uid, .groupOwnerAccountID: owner.uid], ofItemAtPath: data)
                }
                let made = try run(as: owner.uid, ["ingest", events])
                guard made.status == 0 else { throw CliRunnerError("ingest failed: \(made.stderr)") }
                // New stores are 0640; this reader stands for a member of the store's group.
                try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store)
            }

            deinit { try? FileManager.default.removeItem(at: dir) }

            /// Runs shopdash with --db on the store, as `uid` when root (else as this user).
            func run(as uid: Int, _ arguments: [String]) throws -> CliResult {
                let prefix = isRoot ? ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(uid)", "--clear-groups"] : []
                let out = try CliProcess.run(prefix + [binary] + arguments + ["--db", store],
                                             environment: CliRunner.environment(["HOME": dir.path]))
                return CliResult(status: out.status, stdout: String(decoding: out.stdout, as: UTF8.self),
                                 stderr: String(decoding: out.stderr, as: UTF8.self))
            }

            func beside() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: data)) ?? []).sorted() }

            func folderMode(_ mode: Int) throws {
                try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: data)
            }
        }

        @Test func aChangeToAStoreThisUserMayNotWriteExits77() throws {
            let shared = try Shared()
            if !Self.isRoot { try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: shared.store) }
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: shared.store) }
            // Ingest has no role to refuse it: only the file's permissions can. (A coupon change by
            // someone who is not the owner is refused for the role first: CliRoleTests.)
            for command in [["ingest", shared.dir.appendingPathComponent("events.jsonl").path]] {
                let r = try shared.run(as: Self.reader.uid, command)
                #expect(r.status == 77, "\(command): \(r.stdout)\(r.stderr)")
                #expect(r.stderr.contains("\(shared.store): this user may not write the store (the file is read-only for this user); nothing was changed"),
                        "\(r.stderr)")
            }
            #expect(shared.beside() == ["shop.sqlite"])
        }

        @Test(.enabled(if: isRoot, "needs root to run commands as two users (daemon owns the store, nobody reads it)"))
        func aReaderWhoMayNotWriteTheFolderGetsTheSameAnswersAsTheOwner() throws {
            let shared = try Shared()
            try shared.folderMode(0o755)
            // Nothing beside the store: the reader reads the main file as immutable.
            let alone = try shared.run(as: Self.reader.uid, ["check", "--now", CliFixture.now])
            #expect(alone.status == 0, "\(alone.stdout)\(alone.stderr)")
            #expect(alone.lines.last?.hasPrefix("OK integrity: quick_check ok") == true)
            #expect(shared.beside() == ["shop.sqlite"])
            let asOwner = try shared.run(as: Self.owner.uid, ["check", "--now", CliFixture.now, "--integrity-max-age", "0"])
            #expect(alone.lines.dropLast() == asOwner.lines.dropLast())
            // The owner's own -wal and -shm may stay; the reader uses them and adds nothing.
            let ownersFiles = shared.beside()
            let asReader = try shared.run(as: Self.reader.uid, ["check", "--now", CliFixture.now])
            #expect(asReader.status == 0, "\(asReader.stdout)\(asReader.stderr)")
            #expect(asReader.lines.dropLast() == asOwner.lines.dropLast())
            #expect(asReader.lines.last?.hasPrefix("OK integrity: quick_check ok") == true)
            let stats = try shared.run(as: Self.reader.uid, ["stats", "--json"])
            #expect(stats.status == 0, "\(stats.stderr)")
            #expect(try stats.json()["orders"] as? Int == 3)
            #expect(shared.beside() == ownersFiles)
            let owned = try shared.beside().map { try FileManager.default.attributesOfItem(atPath: shared.data + "/" + $0)[.ownerAccountID] as? Int }
            #expect(owned.allSatisfy { $0 == Self.owner.uid })
        }

        @Test(.enabled(if: isRoot, "needs root to run commands as two users (daemon owns the store, nobody reads it)"))
        func aReaderWhoMayWriteTheFolderLeavesNothingThatLocksTheOwnerOut() throws {
            let shared = try Shared()
            try shared.folderMode(0o777)
            for command in [["check", "--now", CliFixture.now], ["stats"], ["snapshot", "--pane", "all"], ["orders", "find", "5678"]] {
                let r = try shared.run(as: Self.reader.uid, command)
                #expect(r.status == 0, "\(command): \(r.stdout)\(r.stderr)")
                #expect(shared.beside() == ["shop.sqlite"], "\(command) left files")
            }
            let more = shared.dir.appendingPathComponent("more.jsonl").path
            try #"{"type":"visit","id":"V2","visitor":"c2","started_at":"2026-11-25T13:59:30+08:00","duration_s":5,"pages":1,"channel":"share"}"#
                .write(toFile: more, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: more)
            let ingest = try shared.run(as: Self.owner.uid, ["ingest", more])
            #expect(ingest.status == 0, "\(ingest.stdout)\(ingest.stderr)")
            #expect(ingest.stdout.hasSuffix("read 1, accepted 1, duplicates 0, rejected 0\n"))
        }

        /// While the owner writes, the reader uses the owner's -wal and -shm and sees what is only in
        /// the WAL so far; once the owner stops, nothing of the reader's is left.
        @Test(.enabled(if: isRoot, "needs root to run commands as two users (daemon owns the store, nobody reads it)"))
        func aReaderBesideALiveWriterSeesItsLatestCommitsAndLeavesNothing() throws {
            let shared = try Shared()
            try shared.folderMode(0o755)
            let live = shared.dir.appendingPathComponent("live.jsonl").path
            try "".write(toFile: live, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: live)
            let pid = try CliProcess.start(["/usr/bin/setpriv", "--reuid=1", "--regid=1", "--clear-groups", shared.binary,
                                            "ingest", live, "--follow", "--db", shared.store],
                                           environment: CliRunner.environment(), log: shared.dir.appendingPathComponent("ingest.log").path)
            defer { CliProcess.stop(pid) }
            let handle = try #require(FileHandle(forWritingAtPath: live))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(#"{"type":"visit","id":"V3","visitor":"c3","started_at":"2026-11-25T13:59:50+08:00","duration_s":5,"pages":1,"channel":"share"}"#.utf8 + [0x0A]))
            try handle.close()
            var visits: Int?
            let deadline = Date().addingTimeInterval(15)
            while Date() < deadline {
                let stats = try shared.run(as: Self.reader.uid, ["stats", "--json"])
                visits = (try? stats.json())?["visits"] as? Int
                if visits == 2 { break }
                usleep(200_000)
            }
            #expect(visits == 2)
            #expect(shared.beside() == ["shop.sqlite", "shop.sqlite-shm", "shop.sqlite-wal"])
            #expect(CliProcess.stop(pid) == 0)
            #expect(shared.beside() == ["shop.sqlite"])
            let after = try shared.run(as: Self.owner.uid, ["coupons", "pause", "B1", "--yes"])
            #expect(after.status == 0, "\(after.stdout)\(after.stderr)")
        }
    }
}
