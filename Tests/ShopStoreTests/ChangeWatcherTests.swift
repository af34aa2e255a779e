import Testing
import ShopModel
@testable import ShopStore

@Suite struct ChangeWatcherTests {
    @Test func seesCommitsFromAnotherStoreAndFromItsOwn() throws {
        let seeded = try SeededStore()
        let watcher = try seeded.store.makeChangeWatcher()
        #expect(try watcher.hasChanged() == false)

        // Another ShopStore on the same file, as another process would write.
        let other = try seeded.reopen()
        _ = try other.apply([Seed.visit("W-1", "v20", Seed.now, pages: 1, seconds: 5, .share)])
        #expect(try watcher.hasChanged() == true)
        #expect(try watcher.hasChanged() == false)

        // This process's own store: its writer is a different connection from the watcher's.
        try seeded.store.pauseCoupon("B1", by: Seed.operatorActor, now: Seed.now)
        #expect(try watcher.hasChanged() == true)
        #expect(try watcher.hasChanged() == false)

        // Reads and refused changes commit nothing.
        _ = try seeded.store.kpis(now: Seed.now)
        #expect(throws: StoreError.self) { try seeded.store.pauseCoupon("B1", by: Seed.operatorActor, now: Seed.now) }
        _ = try other.apply([Seed.visit("W-1", "v20", Seed.now, pages: 1, seconds: 5, .share)])
        #expect(try watcher.hasChanged() == false)
    }

    @Test func watchesAReadOnlyStoreToo() throws {
        let seeded = try SeededStore()
        let reader = try seeded.reopen(readOnly: true)
        let watcher = try reader.makeChangeWatcher()
        _ = try seeded.store.apply([Seed.visit("W-2", "v21", Seed.now, pages: 1, seconds: 5, .share)])
        #expect(try watcher.hasChanged() == true)
        #expect(try reader.visitStats(window: TimeWindow(start: Seed.at(25, 0), end: Seed.now + 1)).visits == 9)
        #expect(try seeded.count("SELECT count(*) FROM visits") == 18)
    }
}
