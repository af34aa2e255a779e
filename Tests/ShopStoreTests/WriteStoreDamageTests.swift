import Foundation
import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// An emptied, foreign or damaged file where the store should be is refused, never started again
/// as an empty shop; only a path where nothing is may become a new store.
@Suite struct WriteStoreDamageTests {
    let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-damage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func siblings() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }

    @Test func anEmptyFileIsRefusedByWritersAndReadersAndStaysEmpty() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = path("shop.sqlite")
        #expect(FileManager.default.createFile(atPath: store, contents: Data()))
        let refusal = StoreError.notAStore(store, "an empty file, 0 bytes")
        #expect(throws: refusal) { try ShopStore(path: store) }
        #expect(throws: refusal) { try ShopStore(path: store, readOnly: true) }
        #expect(throws: refusal) { try ShopStore(path: store, createIfMissing: false) }
        #expect(try FileManager.default.attributesOfItem(atPath: store)[.size] as? Int == 0)
        #expect(siblings() == ["shop.sqlite"])
        #expect(refusal.description == "\(store): not a shopdash store (an empty file, 0 bytes); nothing was changed")
    }

    @Test func anSQLiteFileWithoutTablesIsRefusedAndUntouched() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = path("blank.db")
        try DatabaseQueue(path: store).write { db in try db.execute(sql: "PRAGMA user_version = 7") }
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        #expect(throws: StoreError.notAStore(store, "an SQLite database without shopdash's tables")) {
            try ShopStore(path: store)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        #expect(siblings() == ["blank.db"])
    }

    @Test func aMissingStoreIsCreatedOnlyWhenAsked() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = path("new/shop.sqlite")
        #expect(throws: StoreError.missing(store)) { try ShopStore(path: store, createIfMissing: false) }
        #expect(throws: StoreError.missing(store)) { try ShopStore(path: store, readOnly: true) }
        #expect(!FileManager.default.fileExists(atPath: store))
        let created = try ShopStore(path: store, createIfMissing: true)
        #expect(try created.stats().orders == 0)
        // Phones and addresses are not for every local user: owner and group only.
        let mode = try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o777 } == 0o640)
        // Once it exists, it opens without the permission to create.
        _ = try ShopStore(path: store, createIfMissing: false)
    }

    /// A store whose creation was cut short after it was marked as ours is finished, not refused.
    @Test func aStoreMarkedAsOursWithoutTablesIsFinished() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = path("shop.sqlite")
        try DatabaseQueue(path: store).write { db in
            try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
        }
        #expect(try ShopStore(path: store).stats().orders == 0)
    }

    @Test func aWriterIsRefusedOnAStoreThatFailsQuickCheck() throws {
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = path("shop.sqlite")
        let (root, pageSize) = try HealthIntegrityDamageTests.storeWithOneVisit(store)
        let healthy = try ShopStore(path: store).requireIntact(now: HealthFixture.now)
        #expect(healthy.passed)
        // A passing run is reused for an hour by the next writer.
        #expect(try ShopStore(path: store).requireIntact(now: HealthFixture.now + 60).at == HealthFixture.now)

        let file = try #require(FileHandle(forUpdatingAtPath: store))
        try file.seek(toOffset: UInt64((root - 1) * pageSize + 3))
        try file.write(contentsOf: Data([0xFF, 0xFF]))
        try file.close()

        // An hour later the remembered pass is too old: quick_check runs and finds the page.
        let damaged = try ShopStore(path: store)
        var refusal: StoreError?
        do { try damaged.requireIntact(now: HealthFixture.now + 3_600) } catch let error as StoreError { refusal = error }
        guard case .damaged(let named, let problem)? = refusal else {
            Issue.record("expected the store to be refused as damaged, got \(String(describing: refusal))")
            return
        }
        #expect(named == store)
        #expect(problem.hasPrefix("Page \(root): "))
        #expect(refusal?.description.contains("restore it from a backup (docs/operations.md)") == true)
    }
}
