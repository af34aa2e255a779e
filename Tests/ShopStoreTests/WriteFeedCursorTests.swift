import Foundation
import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// The feed cursor moves with every change the feed shows, and with nothing else.
@Suite struct WriteFeedCursorTests {
    static func status(_ no: String, _ status: OrderStatus, at: Int64) -> ShopEvent {
        .orderStatus(OrderStatusChange(outTradeNo: no, status: status, at: at))
    }

    @Test func aStatusChangeMovesTheOrderPastTheCursor() throws {
        let t = try TempStore()
        _ = try t.apply(order("A1", paidAt: nil, createdAt: T.at(25, 9), paid: 300_000), order("B2"))
        let cursor = try t.store.feedHead()
        #expect(cursor == 2)
        #expect(try t.store.feed(after: cursor, limit: 10).isEmpty)

        #expect(try t.apply(Self.status("A1", .paid, at: T.at(25, 9, 5))) == [.accepted])
        let rows = try t.store.feed(after: cursor, limit: 10)
        #expect(rows.map(\.outTradeNo) == ["A1"])
        #expect(rows.first?.status == .paid && rows.first?.paidAt == T.at(25, 9, 5))
        #expect(rows.first?.seq == 3 && rows.first?.orderSeq == 1)
        #expect(try t.store.feedHead() == 3)
        // The start of the feed still lists orders as they were placed, each as it is now.
        let latest = try t.store.latestFeed(limit: 10)
        #expect(latest.map(\.outTradeNo) == ["A1", "B2"])
        #expect(latest.map(\.status) == [.paid, .paid])
    }

    @Test func replayingTheSameEventsChangesNothingNotEvenTheCursor() throws {
        let t = try TempStore()
        let events = [order("A1", paidAt: nil, createdAt: T.at(25, 9)), Self.status("A1", .paid, at: T.at(25, 9, 5)),
                      Self.status("A1", .shipped, at: T.at(25, 12))]
        #expect(try t.store.apply(events) == [.accepted, .accepted, .accepted])
        let head = try t.store.feedHead()
        let before = try t.rows("SELECT seq, feed_seq, status, paid_at FROM orders")
        #expect(try t.store.apply(events) == [.duplicate, .duplicate, .duplicate])
        #expect(try t.store.feedHead() == head)
        #expect(try t.rows("SELECT seq, feed_seq, status, paid_at FROM orders") == before)
        #expect(try t.store.feed(after: head, limit: 10).isEmpty)
    }

    @Test func onlyChangesTheFeedShowsMoveTheCursor() throws {
        let t = try TempStore()
        _ = try t.apply(order("A1", paidAt: T.at(25, 10)), Self.status("A1", .shipped, at: T.at(25, 12)))
        let head = try t.store.feedHead()
        // New to the trail, but not to the screen: a status older than the current one, and the
        // current status again at a later time.
        #expect(try t.apply(Self.status("A1", .refunding, at: T.at(25, 11)),
                            Self.status("A1", .shipped, at: T.at(25, 13))) == [.accepted, .accepted])
        #expect(try t.store.feedHead() == head)
        #expect(try t.string("SELECT status FROM orders") == "shipped")
        // An earlier payment arriving late moves the payment time the feed shows.
        #expect(try t.apply(Self.status("A1", .paid, at: T.at(25, 9, 59))) == [.accepted])
        let rows = try t.store.feed(after: head, limit: 10)
        #expect(rows.map(\.paidAt) == [T.at(25, 9, 59)])
        #expect(rows.map(\.status) == [.shipped])
        #expect(try t.store.feedHead() == head + 1)
    }

    @Test func theFeedBringsEachChangedOrderOnceInTheOrderOfItsLatestChange() throws {
        let t = try TempStore()
        _ = try t.apply(order("A1", paidAt: nil, createdAt: T.at(25, 9)), order("B2", paidAt: nil, createdAt: T.at(25, 9, 1)),
                        order("C3", paidAt: nil, createdAt: T.at(25, 9, 2)))
        let cursor = try t.store.feedHead()
        // B2 is paid, then A1, then B2 is refunded; C3 stays as it was; D4 is new.
        _ = try t.apply(Self.status("B2", .paid, at: T.at(25, 10)), Self.status("A1", .paid, at: T.at(25, 10, 1)),
                        Self.status("B2", .refunding, at: T.at(25, 11)), order("D4", paidAt: T.at(25, 11, 1)))
        let rows = try t.store.feed(after: cursor, limit: 10)
        #expect(rows.map(\.outTradeNo) == ["A1", "B2", "D4"])
        #expect(rows.map(\.status) == [.paid, .refunding, .paid])
        #expect(rows.map(\.orderSeq) == [1, 2, 4])
        #expect(rows.map(\.seq) == [cursor + 2, cursor + 3, cursor + 4])
        // Paging by the cursor neither skips nor repeats.
        let firstPage = try t.store.feed(after: cursor, limit: 2)
        let secondPage = try t.store.feed(after: firstPage[1].seq, limit: 2)
        #expect((firstPage + secondPage) == rows)
    }

    @Test func aStoreFromBeforeTheCursorStartsItAtSeq() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-feedcursor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("shop.sqlite").path
        do {
            let old = try DatabaseQueue(path: path)
            try old.write { db in try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)") }
            try Schema.migrator.migrate(old, upTo: CouponRollup.migration)
            try old.write { db in
                // A gap in seq, so that the backfill cannot pass by counting rows.
                for (seq, no) in [(1, "A1"), (2, "B2"), (5, "C3")] {
                    try db.execute(sql: """
                        INSERT INTO orders (seq, out_trade_no, created_at, status, status_at, total_fen, paid_fen, channel)
                        VALUES (?, ?, ?, 'created', ?, 100, 100, 'share')
                        """, arguments: [seq, no, T.at(25, 9) + Int64(seq), T.at(25, 9) + Int64(seq)])
                }
            }
        }
        let store = try ShopStore(path: path, calendar: .shanghai)
        #expect(try store.feedHead() == 5)
        #expect(try store.feed(after: 0, limit: 10).map(\.seq) == [1, 2, 5])
        #expect(try store.feed(after: 2, limit: 10).map(\.outTradeNo) == ["C3"])
        _ = try store.apply([Self.status("A1", .paid, at: T.at(25, 10))])
        #expect(try store.feed(after: 5, limit: 10).map(\.outTradeNo) == ["A1"])
        #expect(try store.feedHead() == 6)
    }
}
