import Foundation
import ShopDemo
import Testing
import ShopModel
@testable import ShopStore

@Suite struct StatsTests {
    @Test func emptyStoreHasNoNewestEvent() throws {
        let t = try TempStore()
        let s = try t.store.stats()
        #expect(s == StoreStats(orders: 0, paidOrders: 0, gmv: .zero, customers: 0, visits: 0, couponBatches: 0,
                                couponsIssued: 0, redemptions: 0, refunds: 0, refundAmount: .zero, shipments: 0,
                                newestEventAt: nil))
    }

    @Test func paidOrdersStayPaidWhateverHappensAfter() throws {
        let t = try TempStore()
        let batch = CouponBatchRecord(batchId: "B", name: "立减5元", kind: .fixed, value: Money(fen: 500), quota: 10,
                                      startsAt: T.at(1, 0), endsAt: T.at(30, 0))
        _ = try t.apply(
            order("P1", paid: 10_000), order("P2", paid: 5_000, customer: "c2"), order("U1", paidAt: nil, customer: "c2"),
            .orderStatus(OrderStatusChange(outTradeNo: "P1", status: .refunded, at: T.at(26, 9))),
            .orderStatus(OrderStatusChange(outTradeNo: "P2", status: .closed, at: T.at(26, 9))),
            .orderStatus(OrderStatusChange(outTradeNo: "U1", status: .closed, at: T.at(26, 9))),
            .refund(RefundRecord(refundNo: "R1", outTradeNo: "P1", amount: Money(fen: 10_000), status: .succeeded,
                                 requestedAt: T.at(26, 8), succeededAt: T.at(26, 9))),
            .refund(RefundRecord(refundNo: "R2", outTradeNo: "P2", amount: Money(fen: 100), status: .rejected,
                                 requestedAt: T.at(26, 8))),
            .shipment(ShipmentEvent(outTradeNo: "P2", carrier: "中通", trackingNo: "ZT1", status: .created, at: T.at(25, 15))),
            .shipment(ShipmentEvent(outTradeNo: "P2", carrier: "中通", trackingNo: "ZT1", status: .picked, at: T.at(25, 18))),
            visit("v1", "u1", T.at(25, 9)), visit("v2", "u1", T.at(27, 9, 30)),
            .couponBatch(batch),
            .couponIssued(CouponIssueRecord(couponId: "C1", batchId: "B", customer: "c1", at: T.at(24, 9))),
            .couponRedeemed(RedemptionRecord(couponId: "C1", batchId: "B", outTradeNo: "P1", discount: Money(fen: 500),
                                             at: T.at(25, 10))))
        let s = try t.store.stats()
        #expect(s == StoreStats(orders: 3, paidOrders: 2, gmv: Money(fen: 15_000), customers: 2, visits: 2,
                                couponBatches: 1, couponsIssued: 1, redemptions: 1, refunds: 1,
                                refundAmount: Money(fen: 10_000), shipments: 1, newestEventAt: T.at(27, 9, 30)))
        // The minute rollups tell the same totals as the raw tables.
        let rolled = try t.rows("SELECT sum(paid_orders), sum(gmv_fen), sum(refunds), sum(refund_fen) FROM rollup_minute")
        #expect(rolled == [[2, 15_000, 1, 10_000].map { $0.databaseValue }])
    }

    @Test func rollupsAgreeWithRawOrdersPerMinuteAndChannel() throws {
        let t = try TempStore()
        var rng = SplitMix64(seed: 11)
        var events: [ShopEvent] = []
        for i in 0..<500 {
            let paidAt = T.at(25, 0) + Int64(rng.next() % 7_200)
            let channel = Channel.allCases[Int(rng.next() % UInt64(Channel.allCases.count))]
            let unpaid = rng.next() % 5 == 0
            events.append(order("N\(i)", paidAt: unpaid ? nil : paidAt, createdAt: paidAt - 20,
                                paid: Int64(rng.next() % 50_000), channel: channel))
            if unpaid && rng.next() % 2 == 0 {
                events.append(.orderStatus(OrderStatusChange(outTradeNo: "N\(i)", status: .paid, at: paidAt + 90)))
            }
            if !unpaid && rng.next() % 4 == 0 {
                events.append(.refund(RefundRecord(refundNo: "R\(i)", outTradeNo: "N\(i)", amount: Money(fen: 99),
                                                   status: .succeeded, requestedAt: paidAt, succeededAt: paidAt + 600)))
            }
        }
        _ = try t.store.apply(events)
        let rawSales = try t.rows("""
            SELECT paid_at - (paid_at % 60) AS m, channel, count(*), sum(paid_fen) FROM orders
            WHERE paid_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
            """)
        #expect(try t.rows("""
            SELECT minute, channel, paid_orders, gmv_fen FROM rollup_minute WHERE paid_orders != 0 ORDER BY 1, 2
            """) == rawSales)
        let rawRefunds = try t.rows("""
            SELECT r.succeeded_at - (r.succeeded_at % 60), o.channel, count(*), sum(r.amount_fen)
            FROM refunds r JOIN orders o USING (out_trade_no) WHERE r.status = 'succeeded' GROUP BY 1, 2 ORDER BY 1, 2
            """)
        #expect(try t.rows("""
            SELECT minute, channel, refunds, refund_fen FROM rollup_minute WHERE refunds != 0 ORDER BY 1, 2
            """) == rawRefunds)
        #expect(!rawRefunds.isEmpty)
    }
}
