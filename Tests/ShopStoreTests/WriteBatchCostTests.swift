import Foundation
import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// The cheaper write path keeps what the store says: lookups spared within a transaction, rows
/// inserted before they are looked up, and indexes no query reads.
@Suite struct WriteBatchCostTests {
    @Test func parcelsAndRedemptionsOfAnOrderInTheSameBatchAreAcceptedAndUnknownOnesRejected() throws {
        let t = try TempStore()
        let batch = CouponBatchRecord(batchId: "B1", name: "满100减20", kind: .threshold, value: Money(fen: 2_000),
                                      minSpend: Money(fen: 10_000), quota: 10, startsAt: T.at(20, 0), endsAt: T.at(30, 0))
        let results = try t.store.apply([
            .couponBatch(batch),
            order("A1"),
            .shipment(ShipmentEvent(outTradeNo: "A1", carrier: "顺丰", trackingNo: "SF1", status: .picked, at: T.at(25, 11))),
            .couponRedeemed(RedemptionRecord(batchId: "B1", outTradeNo: "A1", discount: Money(fen: 2_000), at: T.at(25, 10))),
            .couponIssued(CouponIssueRecord(couponId: "C1", batchId: "B1", customer: "c1", at: T.at(25, 9))),
            .couponIssued(CouponIssueRecord(couponId: "C2", batchId: "B9", customer: "c1", at: T.at(25, 9))),
            .couponRedeemed(RedemptionRecord(batchId: "B1", outTradeNo: "A9", discount: Money(fen: 2_000), at: T.at(25, 10))),
            .shipment(ShipmentEvent(outTradeNo: "A9", carrier: "顺丰", trackingNo: "SF9", status: .picked, at: T.at(25, 11))),
        ])
        #expect(results == [.accepted, .accepted, .accepted, .accepted, .accepted,
                            .rejected("unknown coupon batch B9"), .rejected("unknown order A9"), .rejected("unknown order A9")])
        #expect(try t.int("SELECT count(*) FROM redemptions") == 1)
        #expect(try t.int("SELECT count(*) FROM shipments") == 1)
        // The next transaction knows them from the store.
        let again = try t.store.apply([
            .shipment(ShipmentEvent(outTradeNo: "A1", carrier: "顺丰", trackingNo: "SF1", status: .delivered, at: T.at(26, 9))),
            .couponIssued(CouponIssueRecord(couponId: "C3", batchId: "B1", customer: "c2", at: T.at(26, 9))),
        ])
        #expect(again == [.accepted, .accepted])
    }

    @Test func aVisitorAndTheirDayAreCountedOnceWhetherNewOrReturning() throws {
        let t = try TempStore()
        _ = try t.store.apply([visit("1", "v1", T.at(25, 9)), visit("2", "v1", T.at(25, 10)), visit("3", "v2", T.at(25, 11))])
        _ = try t.store.apply([visit("4", "v1", T.at(26, 9)), visit("5", "v1", T.at(24, 9))])
        #expect(try t.int("SELECT count(*) FROM visitors") == 2)
        #expect(try t.int("SELECT first_day FROM visitors WHERE visitor = 'v1'") == T.cal.dayNumber(T.at(24, 9)))
        #expect(try t.int("SELECT first_seen_at FROM visitors WHERE visitor = 'v1'") == T.at(24, 9))
        // v1 and v2 new on their first days; v1's count moved from the 25th to the 24th.
        #expect(try t.int("SELECT sum(new_visitors) FROM rollup_day") == 2)
        #expect(try t.int("SELECT new_visitors FROM rollup_day WHERE day = ?", [T.cal.dayNumber(T.at(25, 9))]) == 1)
        #expect(try t.int("SELECT count(*) FROM first_seen WHERE kind = 'visitor'") == 4)
        #expect(try t.int("SELECT first_at FROM first_seen WHERE kind = 'visitor' AND who = 'v1' AND day = ?",
                          [T.cal.dayNumber(T.at(25, 9))]) == T.at(25, 9))
        #expect(try t.int("SELECT sum(day_new) FROM rollup_reach WHERE kind = 'visitor'") == 4)
    }

    @Test func indexesNoQueryReadsAreGoneAndCheckpointsWaitForSeveralCommits() throws {
        let t = try TempStore()
        let indexes = try t.rows("SELECT name FROM sqlite_master WHERE type = 'index'").compactMap { String.fromDatabaseValue($0[0]) }
        #expect(!indexes.contains("order_items_sku"))
        #expect(!indexes.contains("visitor_days_day"))
        #expect(indexes.contains("visits_visitor"))
        let pages = try t.store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        #expect(pages == 16_384)
    }

    @Test func aFirstVisitMovedEarlierByALaterTransactionLeavesNoRowOfZeros() throws {
        let t = try TempStore()
        _ = try t.store.apply([visit("1", "v1", T.at(25, 10))])
        _ = try t.store.apply([visit("2", "v1", T.at(25, 9))])
        #expect(try t.int("SELECT count(*) FROM rollup_reach WHERE kind = 'new_visitor'") == 1)
        #expect(try t.int("SELECT minute FROM rollup_reach WHERE kind = 'new_visitor'") == T.at(25, 9))
        #expect(try t.int("SELECT count(*) FROM rollup_reach WHERE day_new = 0 AND hour_new = 0") == 0)
    }
}
