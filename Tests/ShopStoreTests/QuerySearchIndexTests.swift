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

/// One- and two-character searches through the character index: the same answers as reading every
/// order, from posting lists.
@Suite struct QuerySearchCharIndexTests {
    let queries = ["小明", "明", "耳机", "数据", "to", "T", "线", "1", "无此"]

    func found(_ store: ShopStore, _ q: String) throws -> [String] {
        try store.findOrders(q, limit: 20).orders.map(\.outTradeNo)
    }

    @Test func shortTextFindsWhatAScanFinds() throws {
        let s = try SeededStore()
        #expect(try s.count("SELECT count(*) FROM order_chars") == s.count("SELECT count(*) FROM orders"))
        var indexed: [String: [String]] = [:]
        for q in queries { indexed[q] = try found(s.store, q) }
        #expect(indexed["小明"]?.isEmpty == false)
        #expect(indexed["耳机"]?.isEmpty == false)
        #expect(indexed["无此"] == [])
        try s.store.pool.write { db in try db.execute(sql: "DROP TABLE order_chars") }
        for q in queries { #expect(try found(s.store, q) == indexed[q], "\(q)") }
    }

    @Test func bothWaysOfFindingTheNewestAgree() throws {
        let s = try SeededStore()
        for q in ["小明", "耳机", "线"] {
            let phrase = OrderCharIndex.phrase(q)
            let (sorted, walked) = try s.store.pool.read { db in
                (try OrderSearch(db: db, filterSQL: "", filterArgs: [], limit: 2).indexed(OrderCharIndex.table, phrase),
                 try OrderSearch(db: db, filterSQL: "", filterArgs: [], limit: 2, sortedUpTo: 0).indexed(OrderCharIndex.table, phrase))
            }
            #expect(sorted.orders.map(\.outTradeNo) == walked.orders.map(\.outTradeNo), "\(q)")
            #expect(sorted.total == walked.total && sorted.total >= sorted.orders.count)
        }
    }

    @Test func onlyLettersAndDigitsGoToTheIndex() {
        #expect(OrderCharIndex.canMatch("胖虎") && OrderCharIndex.canMatch("é") && OrderCharIndex.canMatch("7"))
        #expect(!OrderCharIndex.canMatch("A-") && !OrderCharIndex.canMatch("😀") && !OrderCharIndex.canMatch(" ")
                && !OrderCharIndex.canMatch("\"") && !OrderCharIndex.canMatch(""))
        #expect(OrderCharIndex.spaced("Lily胖虎") == "L i l y 胖 虎")
        #expect(OrderCharIndex.phrase("胖虎") == "{nickname items} : \"胖 虎\"")
    }
}

@Suite struct QuerySearchCharBoundaryTests {
    @Test func aPhraseDoesNotRunFromOneItemNameIntoTheNext() throws {
        let t = try TempStore()
        _ = try t.apply(order("X1", items: [OrderItem(sku: "a", name: "蓝牙耳", qty: 1, unit: Money(fen: 100)),
                                          OrderItem(sku: "b", name: "机器人", qty: 1, unit: Money(fen: 100))]),
                        order("X2", items: [OrderItem(sku: "c", name: "耳机", qty: 1, unit: Money(fen: 100))]))
        #expect(try t.store.findOrders("耳机", limit: 10).orders.map(\.outTradeNo) == ["X2"])
        #expect(try t.store.findOrders("耳", limit: 10).orders.count == 2)
        #expect(OrderCharIndex.items(["蓝牙耳", "机器人"]) == "蓝 牙 耳 00 机 器 人")
    }
}
