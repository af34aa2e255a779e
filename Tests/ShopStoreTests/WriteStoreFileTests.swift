import Foundation
import GRDB
import Testing
import ShopModel
@testable import ShopStore

@Suite struct WriteStoreFileTests {
    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func siblings(_ path: String) -> [String] {
        let dir = (path as NSString).deletingLastPathComponent
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test func storeKeepsTheZoneItWasCreatedWith() throws {
        let t = try TempStore(zone: "Asia/Shanghai")
        _ = try t.apply(visit("1", "v", T.at(25, 7)))
        let reopened = try ShopStore(path: t.path, calendar: ShopCalendar(identifier: "America/New_York")!)
        #expect(reopened.calendar.timeZone.identifier == "Asia/Shanghai")
        // 07:00 on the 25th in Shanghai is still the evening of the 24th in New York: the day must not move.
        _ = try reopened.apply([visit("2", "v", T.at(25, 7, 30))])
        #expect(try t.int("SELECT count(*) FROM rollup_day") == 1)
        #expect(try t.string("SELECT value FROM meta WHERE key = 'time_zone'") == "Asia/Shanghai")
    }

    @Test func twoStoresOnOneFileReadWhileTheOtherWrites() async throws {
        let t = try TempStore()
        let reader = try ShopStore(path: t.path, readOnly: true)
        let writer = try ShopStore(path: t.path)
        let batches = 20
        let writing = Task.detached {
            for b in 0..<batches {
                _ = try writer.apply((0..<50).map { order("B\(b)-\($0)", paidAt: T.at(25, 10) + Int64($0)) })
            }
        }
        // The reader sees only whole batches: a transaction is never half visible.
        var seen = 0
        while seen < batches * 50 {
            let stats = try reader.stats()
            #expect(stats.orders % 50 == 0)
            #expect(stats.paidOrders == stats.orders)
            seen = stats.orders
            await Task.yield()
        }
        try await writing.value
        #expect(try reader.stats().gmv.fen == Int64(batches * 50) * 12_800)
    }

    @Test func fileThatIsNotSQLiteIsRefusedAndUntouched() throws {
        let t = try TempStore()
        let path = (t.dir.path as NSString).appendingPathComponent("notes.txt")
        try Data("just some notes\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = try bytes(path)
        #expect(throws: StoreError.notAStore(path, "not an SQLite database")) { try ShopStore(path: path) }
        #expect(try bytes(path) == before)
        #expect(!siblings(path).contains("notes.txt-wal"))
    }

    @Test func otherSQLiteFileIsRefusedAndUntouched() throws {
        let t = try TempStore()
        let path = (t.dir.path as NSString).appendingPathComponent("other.db")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE things (id INTEGER PRIMARY KEY); INSERT INTO things VALUES (1)")
        }
        let before = try bytes(path)
        #expect(throws: StoreError.notAStore(path, "an SQLite database of some other program")) {
            try ShopStore(path: path)
        }
        #expect(try bytes(path) == before)
    }

    @Test func newerSchemaIsRefusedAndUntouched() throws {
        let t = try TempStore()
        let path = t.path
        try t.store.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try t.store.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        let before = try bytes(path)
        #expect(throws: StoreError.newerSchema(path)) { try ShopStore(path: path) }
        #expect(throws: StoreError.newerSchema(path)) { try ShopStore(path: path, readOnly: true) }
        #expect(try bytes(path) == before)
    }
}
