import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// The trigram index behind substring search: kept by every order write, built for stores that
/// predate it, and never needed by a reader that opens such a store before it is built.
@Suite struct QuerySearchIndexTests {
    func numbers(_ store: ShopStore, _ q: String, limit: Int = 20) throws -> [String] {
        try store.findOrders(q, limit: limit).orders.map(\.outTradeNo)
    }

    /// Takes away the index as a store written before it existed would lack it.
    func dropIndex(_ seeded: SeededStore) throws {
        try seeded.store.pool.write { db in
            try db.execute(sql: "DROP TABLE order_search")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [OrderSearchIndex.migration])
        }
    }

    @Test func everyOrderIsIndexedInItsOwnTransaction() throws {
        let s = try SeededStore()
        #expect(try s.count("SELECT count(*) FROM order_search") == s.count("SELECT count(*) FROM orders"))
        // Three characters and more come from the index.
        #expect(try numbers(s.store, "数据线") == ["O6", "O5", "O7U", "Y4"])
        #expect(try numbers(s.store, "蓝牙耳") == ["O2", "Y1"])
    }

    @Test func aCappedListCountsEveryMatch() throws {
        let s = try SeededStore()
        let capped = try s.store.findOrders("小明", limit: 1)
        #expect(capped.orders.map(\.outTradeNo) == ["O4"])
        #expect(capped.total == 4 && !capped.moreThanTotal && !capped.isComplete)
        let tail = try s.store.findOrders("1234", limit: 2)
        #expect(tail.orders.count == 2 && tail.total == 4)
        let whole = try s.store.findOrders("数据线", limit: 20)
        #expect(whole.total == 4 && whole.isComplete)
        let filtered = try s.store.findOrders("小明", status: .refunded, limit: 1)
        #expect(filtered.total == 2)
    }

    @Test func operatorsAndQuotesAreText() throws {
        let s = try SeededStore()
        #expect(try numbers(s.store, "\"小明").isEmpty)
        #expect(try numbers(s.store, "Pro OR 小明").isEmpty)
        #expect(try numbers(s.store, "* ^ :").isEmpty)
    }

    @Test func aMigrationBuildsTheIndexForAnOlderStore() throws {
        let s = try SeededStore()
        try dropIndex(s)
        // A reader that may not migrate still finds by scanning.
        let reader = try s.reopen(readOnly: true)
        #expect(try numbers(reader, "数据线") == ["O6", "O5", "O7U", "Y4"])
        #expect(try numbers(reader, "tom") == ["O8F", "O2", "Y1"])
        // The next writer builds it from the orders already there.
        let writer = try s.reopen()
        #expect(try s.count("SELECT count(*) FROM order_search") == s.count("SELECT count(*) FROM orders"))
        #expect(try numbers(writer, "数据线") == ["O6", "O5", "O7U", "Y4"])
        #expect(try numbers(writer, "tom") == ["O8F", "O2", "Y1"])
    }
}
