import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// Live sessions, coupon stats, logistics and the feed on the seeded shop.
@Suite struct QueryPaneTests {
    @Test func liveSessionsNewestFirstWithPeakViewersAndGPM() throws {
        let seeded = try SeededStore()
        let sessions = try seeded.store.liveSessions(now: Seed.now, limit: 10)
        // L9 starts at 20:00, after `now`.
        #expect(sessions.map(\.id) == ["L1", "L0"])
        let live = sessions[0]
        #expect(live.title == "双十二预热直播" && live.endedAt == nil)
        #expect(live.gmv == Money(fen: 43_000) && live.orders == 3)
        #expect(live.viewers == 4)
        #expect(live.gpm == Money(fen: 10_750_000))
        #expect(live.perMinute.count == 91)
        #expect(live.perMinute.first?.start == Seed.at(25, 13))
        #expect(live.perMinute[10] == SalesPoint(start: Seed.at(25, 13, 10), gmv: Money(fen: 15_000), orders: 2))
        #expect(live.peak == SalesPoint(start: Seed.at(25, 14, 29), gmv: Money(fen: 28_000), orders: 1))
        let past = sessions[1]
        #expect(past.perMinute.count == 121)
        #expect(past.gmv == Money(fen: 7_500) && past.viewers == 2)
        #expect(past.peak?.start == Seed.at(18, 20, 30))
        #expect(try seeded.store.liveSessions(now: Seed.now, limit: 1).map(\.id) == ["L1"])
    }

    @Test func couponStatsUsableBatchesFirst() throws {
        let seeded = try SeededStore()
        let stats = try seeded.store.couponStats(now: Seed.now)
        #expect(stats.map(\.batch.batchId) == ["B2", "B1", "B4", "B3"])
        let b1 = stats[1]
        #expect(b1.batch.name == "满100减20" && b1.batch.kind == .threshold && b1.batch.minSpend == Money(fen: 10_000))
        #expect(b1.issued == 3 && b1.redeemed == 2)
        #expect(b1.discount == Money(fen: 4_000))
        #expect(b1.gmv == Money(fen: 38_000))
        #expect(b1.redemptionRate == 2.0 / 3.0)
        #expect(stats[0].issued == 1 && stats[0].redeemed == 0 && stats[0].batch.percentOff == 10)
        #expect(stats[2].effectiveStatus(now: Seed.now) == .expired)
        #expect(stats[3].issued == 2 && stats[3].redeemed == 1 && stats[3].gmv == Money(fen: 7_500))
    }

    @Test func logisticsCountsParcelsOverdueOrdersAndRefunds() throws {
        let seeded = try SeededStore()
        let l = try seeded.store.logistics(now: Seed.now, overdueAfterHours: 12, limit: 10)
        #expect(l.byStatus == [.inTransit: 1, .delivered: 2])
        // Paid and without a parcel by now: O1, O3, O5, O6, Y2, Y4 (O8F is paid only at 15:00).
        #expect(l.awaitingShipment == 6)
        #expect(l.overdueCount == 3)
        #expect(l.overdue.map(\.outTradeNo) == ["Y2", "Y4", "O1"])
        #expect(l.overdue[0] == OverdueShipment(outTradeNo: "Y2", nickname: "赵六", paidAt: Seed.at(24, 10, 0, 10),
                                                amount: Money(fen: 4_000), city: "上海"))
        #expect(l.refunds.map(\.refund.refundNo) == ["R1", "R3", "R2"])
        #expect(l.refunds.map(\.nickname) == ["小明", "Tom", "小明"])
        #expect(l.refunds[1].refund.status == .processing && l.refunds[1].refund.succeededAt == nil)
        #expect(l.refundTotals.gmv == Money(fen: 81_900) && l.refundTotals.refundAmount == Money(fen: 5_000))
        #expect(l.refundTotals.refunds == 1)
        let limited = try seeded.store.logistics(now: Seed.now, overdueAfterHours: 12, limit: 1)
        #expect(limited.overdue.count == 1 && limited.overdueCount == 3 && limited.refunds.count == 1)
        // Nothing is 48 hours late yet.
        #expect(try seeded.store.logistics(now: Seed.now, overdueAfterHours: 48, limit: 10).overdueCount == 0)
    }

    @Test func feedReadsAfterTheCursorOldestChangeFirst() throws {
        let seeded = try SeededStore()
        let latest = try seeded.store.latestFeed(limit: 3)
        #expect(latest.map(\.outTradeNo) == ["O5", "O6", "O8F"])
        #expect(latest.map(\.seq) == [12, 13, 14])
        #expect(latest.map(\.orderSeq) == [12, 13, 14])
        let o5 = latest[0]
        #expect(o5.nickname == "阿强" && o5.itemsSummary == "羽绒服 等6件" && o5.amount == Money(fen: 28_000))
        #expect(o5.channel == .liveStream && o5.coupon == "B1" && o5.status == .paid && o5.paidAt == Seed.at(25, 14, 29, 59))
        // Placement order, with each order as it is now.
        let all = try seeded.store.latestFeed(limit: 100)
        #expect(all.map(\.outTradeNo) == Seed.orderNumbers)
        #expect(all.first { $0.outTradeNo == "W1" }?.status == .delivered)

        // The seed's status changes come after its orders: W2, O4, W1 twice, Y3 twice, O2.
        #expect(try seeded.store.feedHead() == 21)
        let first = try seeded.store.feed(after: 0, limit: 2)
        #expect(first.map(\.outTradeNo) == ["Y2", "Y4"])
        let next = try seeded.store.feed(after: first[1].seq, limit: 100)
        #expect(next.map(\.outTradeNo) == ["Y1", "O1", "O3", "O7U", "O5", "O6", "O8F", "W2", "O4", "W1", "Y3", "O2"])
        #expect(next.map(\.seq) == [6, 7, 9, 11, 12, 13, 14, 15, 16, 18, 20, 21])
        #expect(next.suffix(5).map(\.orderSeq) == [1, 10, 2, 4, 8])
        #expect(next.suffix(5).map(\.status) == [.refunded, .refunded, .delivered, .delivered, .shipped])
        #expect(try seeded.store.feed(after: 21, limit: 10).isEmpty)

        let writer = try seeded.reopen()
        _ = try writer.apply([Seed.order("N1", Seed.tom, created: Seed.now + 5, paid: Seed.now + 6, total: 100,
                                         channel: .share, items: [Seed.item("s1", "小米手环8", 1, 100)])])
        let n1 = try seeded.store.feed(after: 21, limit: 10)
        #expect(n1.map(\.outTradeNo) == ["N1"])
        #expect(n1.first?.seq == 22 && n1.first?.orderSeq == 15)
        #expect(try seeded.store.feedHead() == 22)
    }
}

@Suite struct CouponRollupTests {
    /// The trigger-kept rollup equals a fresh join of redemptions and orders, also when an order
    /// is paid after its coupon was redeemed and when an event arrives twice.
    @Test func rollupMatchesTheJoin() throws {
        let seeded = try SeededStore()
        _ = try seeded.store.apply([
            Seed.order("U1", Seed.wangwu, created: Seed.at(25, 9), paid: nil, status: .created, total: 15_000, discount: 2_000,
                       channel: .share, coupon: "B1", items: [Seed.item("s3", "保温杯", 1, 15_000)]),
            .couponRedeemed(RedemptionRecord(batchId: "B1", outTradeNo: "U1", discount: Money(fen: 2_000), at: Seed.at(25, 9))),
            .couponRedeemed(RedemptionRecord(batchId: "B1", outTradeNo: "U1", discount: Money(fen: 2_000), at: Seed.at(25, 9))),
        ])
        func b1() throws -> CouponBatchStats? { try seeded.store.couponStats(now: Seed.now).first { $0.batch.batchId == "B1" } }
        #expect(try b1()?.redeemed == 3)
        #expect(try b1()?.discount == Money(fen: 6_000))
        #expect(try b1()?.gmv == Money(fen: 38_000))
        _ = try seeded.store.apply([.orderStatus(OrderStatusChange(outTradeNo: "U1", status: .paid, at: Seed.at(25, 9, 5))),
                                    .orderStatus(OrderStatusChange(outTradeNo: "U1", status: .shipped, at: Seed.at(25, 11)))])
        #expect(try b1()?.gmv == Money(fen: 51_000))
        let joined = try seeded.store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.batch_id, count(*), sum(r.discount_fen),
                       coalesce(sum(CASE WHEN o.paid_at IS NOT NULL THEN o.paid_fen END), 0)
                FROM redemptions r JOIN orders o ON o.out_trade_no = r.out_trade_no GROUP BY r.batch_id ORDER BY r.batch_id
                """).map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int64) \($0[3] as Int64)" }
        }
        let rolled = try seeded.store.pool.read { db in
            // Batches with coupons issued and none redeemed have a row too, for their issued count.
            try Row.fetchAll(db, sql: """
                SELECT batch_id, redeemed, discount_fen, gmv_fen FROM rollup_coupon WHERE redeemed > 0 ORDER BY batch_id
                """).map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int64) \($0[3] as Int64)" }
        }
        let issued = try seeded.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT batch_id, issued FROM rollup_coupon WHERE issued > 0 ORDER BY batch_id")
                .map { "\($0[0] as String) \($0[1] as Int)" }
        }
        let counted = try seeded.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT batch_id, count(*) FROM coupons_issued GROUP BY batch_id ORDER BY batch_id")
                .map { "\($0[0] as String) \($0[1] as Int)" }
        }
        #expect(!issued.isEmpty)
        #expect(issued == counted)
        #expect(rolled == joined)
        #expect(rolled == ["B1 3 6000 51000", "B3 1 500 7500"])
        // A store upgraded with redemptions already in it starts from the same figures.
        let backfilled = try seeded.store.pool.write { db in
            try db.execute(sql: "DELETE FROM rollup_coupon")
            try CouponRollup.backfill(db)
            return try Row.fetchAll(db, sql: """
                SELECT batch_id, redeemed, discount_fen, gmv_fen FROM rollup_coupon WHERE redeemed > 0 ORDER BY batch_id
                """)
                .map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int64) \($0[3] as Int64)" }
        }
        #expect(backfilled == rolled)
    }
}
