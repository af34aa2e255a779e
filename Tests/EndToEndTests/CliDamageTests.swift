import Foundation
import Testing

/// An emptied or foreign store file is named and refused by every command, and only ingest,
/// import and demo start a store where nothing is.
extension EndToEnd {
    @Suite struct CliDamageTests {
        let dir: URL

        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-cli-damage-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        }

        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

        func siblings() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

        @Test func anEmptiedStoreIsNamedAndLeftEmptyByEveryCommand() throws {
            defer { try? FileManager.default.removeItem(at: dir) }
            let store = path("shop.sqlite")
            let events = path("events.jsonl")
            try CliFixture.events.write(toFile: events, atomically: true, encoding: .utf8)
            #expect(FileManager.default.createFile(atPath: store, contents: Data()))
            let said = "\(store): not a shopdash store (an empty file, 0 bytes); nothing was changed"
            for command in [["snapshot", "--pane", "overview"], ["stats"], ["ingest", events], ["orders", "find", "5678"],
                            ["coupons", "pause", "B1", "--yes"], ["export", "orders"], ["audit"]] {
                let r = try CliRunner.run(command + ["--db", store])
                #expect(r.status == 66, "\(command): \(r.status) \(r.stderr)")
                #expect(r.stderr.contains(said), "\(command): \(r.stderr)")
            }
            let check = try CliRunner.run(["check", "--db", store])
            #expect(check.status == 3)
            #expect(check.stdout.hasPrefix("UNKNOWN store: \(said)"))
            let csv = path("orders.csv")
            try "no,total,t\nA1,1.00,2026-11-25 10:00:00\n".write(toFile: csv, atomically: true, encoding: .utf8)
            let importCSV = try CliRunner.run(["import", "csv", csv, "--map", "out_trade_no=no,total=total,created_at=t",
                                               "--db", store])
            #expect(importCSV.status == 66, "\(importCSV.stderr)")
            #expect(importCSV.stderr.contains(said))
            #expect(try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int == 0)
            #expect(siblings() == ["events.jsonl", "orders.csv", "shop.sqlite"])
        }

        @Test func onlyIngestStartsAStoreWhereNothingIs() throws {
            defer { try? FileManager.default.removeItem(at: dir) }
            let store = path("shop.sqlite")
            for command in [["snapshot"], ["stats"], ["coupons", "pause", "B1", "--yes"]] {
                let r = try CliRunner.run(command + ["--db", store])
                #expect(r.status == 66, "\(command): \(r.status) \(r.stderr)")
                #expect(r.stderr.contains("\(store): no such store (ingest, import or demo create one)"), "\(r.stderr)")
            }
            #expect(siblings() == [])
            let events = path("events.jsonl")
            try CliFixture.events.write(toFile: events, atomically: true, encoding: .utf8)
            let ingest = try CliRunner.run(["ingest", events, "--db", store])
            #expect(ingest.status == 0, "\(ingest.stderr)")
            #expect(try CliRunner.run(["stats", "--json", "--db", store]).json()["orders"] as? Int == 3)
        }

        @Test func ingestRefusesAStoreThatFailsQuickCheck() throws {
            defer { try? FileManager.default.removeItem(at: dir) }
            let store = try CliStore(events: CliFixture.events)
            // Move everything into the main file, then claim 65535 cells on the visits table's page.
            let sql = "PRAGMA wal_checkpoint(TRUNCATE); SELECT rootpage FROM sqlite_schema WHERE name = 'visits'; PRAGMA page_size;"
            let answer = try CliProcess.run(["sqlite3", store.path, sql], environment: CliRunner.environment())
            let numbers = String(decoding: answer.stdout, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
            let (root, pageSize) = (try #require(numbers.dropLast().last), try #require(numbers.last))
            let file = try #require(FileHandle(forUpdatingAtPath: store.path))
            try file.seek(toOffset: UInt64((root - 1) * pageSize + 3))
            try file.write(contentsOf: Data([0xFF, 0xFF]))
            try file.close()

            let more = store.dir.appendingPathComponent("more.jsonl").path
            try #"{"type":"visit","id":"V2","visitor":"c2","started_at":"2026-11-25T13:59:30+08:00","duration_s":5,"pages":1,"channel":"share"}"#
                .write(toFile: more, atomically: true, encoding: .utf8)
            let r = try store.run(["ingest", more])
            #expect(r.status == 66, "\(r.stdout)\(r.stderr)")
            #expect(r.stderr.contains("\(store.path): the store is damaged (quick_check: Page \(root): "), "\(r.stderr)")
            #expect(r.stderr.contains("nothing was written"))
            #expect(r.stdout.isEmpty)
        }
    }
}
