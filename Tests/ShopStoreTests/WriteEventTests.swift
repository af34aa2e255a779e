import Foundation
import Testing
import ShopModel
@testable import ShopStore

@Suite struct WriteEventTests {
    func refund(_ status: RefundStatus, amount: Int64 = 3_000, succeededAt: Int64? = nil, order: String = "A1") -> ShopEvent {
        .refund(RefundRecord(refundNo: "R1", outTradeNo: order, amount: Money(fen: amount), status: status,
                             requestedAt: T.at(25, 11), succeededAt: succeededAt))
    }

    @Test func refundCountsOnlyOnceItSucceedsAndNeverGoesBack() throws {
        let t = try TempStore()
        _ = try t.apply(order("A1"))
        #expect(try t.apply(refund(.requested)) == [.accepted])
        #expect(try t.int("SELECT sum(refunds) FROM rollup_minute") == 0)
        #expect(try t.apply(refund(.succeeded, succeededAt: T.at(25, 12))) == [.accepted])
        #expect(try t.apply(refund(.succeeded, succeededAt: T.at(25, 12))) == [.duplicate])
        // A stale "processing" arriving late changes nothing.
        #expect(try t.apply(refund(.processing)) == [.duplicate])
        #expect(try t.string("SELECT status FROM refunds") == "succeeded")
        #expect(try t.rows("SELECT minute, refunds, refund_fen FROM rollup_minute WHERE refunds != 0")
                == [[EventWriter.minute(of: T.at(25, 12)).databaseValue, 1.databaseValue, 3_000.databaseValue]])
        // A corrected amount replaces the old one in the rollup rather than adding to it.
        #expect(try t.apply(refund(.succeeded, amount: 2_500, succeededAt: T.at(25, 12))) == [.accepted])
        #expect(try t.int("SELECT sum(refund_fen) FROM rollup_minute") == 2_500)
        #expect(try t.int("SELECT sum(refunds) FROM rollup_minute") == 1)
    }

    @Test func refundForUnknownOrderIsRejected() throws {
        let t = try TempStore()
        #expect(try t.apply(refund(.requested, order: "NO9")) == [.rejected("unknown order NO9")])
        #expect(try t.int("SELECT count(*) FROM refunds") == 0)
    }

    @Test func shipmentTrailKeepsLatestStepEvenOutOfOrder() throws {
        let t = try TempStore()
        _ = try t.apply(order("A1"))
        func step(_ s: ShipmentStatus, _ at: Int64) -> ShopEvent {
            .shipment(ShipmentEvent(outTradeNo: "A1", carrier: "顺丰", trackingNo: "SF1", status: s, at: at))
        }
        let results = try t.apply(step(.created, T.at(25, 13)), step(.delivered, T.at(27, 9)),
                                  step(.inTransit, T.at(26, 8)), step(.inTransit, T.at(26, 8)))
        #expect(results == [.accepted, .accepted, .accepted, .duplicate])
        #expect(try t.rows("SELECT status, status_at, first_at FROM shipments")
                == [["delivered".databaseValue, T.at(27, 9).databaseValue, T.at(25, 13).databaseValue]])
        #expect(try t.int("SELECT count(*) FROM shipment_events") == 3)
        let orphan = ShopEvent.shipment(ShipmentEvent(outTradeNo: "ZZ", carrier: "x", trackingNo: "t",
                                                      status: .created, at: 1_764_036_001))
        #expect(try t.apply(orphan) == [.rejected("unknown order ZZ")])
    }

    @Test func couponsNeedTheirBatchAndOrder() throws {
        let t = try TempStore()
        let batch = CouponBatchRecord(batchId: "B1", name: "满100减20", kind: .threshold, value: Money(fen: 2_000),
                                      minSpend: Money(fen: 10_000), quota: 100, startsAt: T.at(20, 0), endsAt: T.at(30, 0))
        var paused = batch
        paused.status = .paused
        let issue = ShopEvent.couponIssued(CouponIssueRecord(couponId: "C1", batchId: "B1", customer: "c1", at: T.at(25, 8)))
        let redeem = ShopEvent.couponRedeemed(RedemptionRecord(couponId: "C1", batchId: "B1", outTradeNo: "A1",
                                                                discount: Money(fen: 2_000), at: T.at(25, 10)))
        #expect(try t.apply(issue, redeem) == [.rejected("unknown coupon batch B1"), .rejected("unknown order A1")])
        let results = try t.apply(.couponBatch(batch), .couponBatch(batch), .couponBatch(paused), issue, issue,
                                  order("A1"), redeem, redeem)
        #expect(results == [.accepted, .duplicate, .accepted, .accepted, .duplicate, .accepted, .accepted, .duplicate])
        #expect(try t.string("SELECT status FROM coupon_batches") == "paused")
    }

    @Test func liveSessionEndIsSetOnceAndNotErased() throws {
        let t = try TempStore()
        let start = LiveSessionRecord(id: "L1", title: "双十一直播", startedAt: T.at(25, 20))
        var end = start
        end.endedAt = T.at(25, 22)
        #expect(try t.apply(.liveSession(start), .liveSession(end), .liveSession(start), .liveSession(end))
                == [.accepted, .accepted, .duplicate, .duplicate])
        #expect(try t.int("SELECT ended_at FROM live_sessions") == T.at(25, 22))
    }

    @Test func cartEventsAreKeyedById() throws {
        let t = try TempStore()
        let cart = ShopEvent.addToCart(CartRecord(id: "K1", visitor: "v1", at: T.at(25, 9), sku: "s1", qty: 1))
        #expect(try t.apply(cart, cart) == [.accepted, .duplicate])
    }
}
