import Foundation
import Testing
import ShopModel
@testable import ShopStore

@Suite struct IngestDecoderTests {
    let decoder = EventDecoder()

    func reason(_ line: String) -> String? {
        do { _ = try decoder.decode(line); return nil } catch { return error.reason }
    }

    @Test func orderWithEverything() throws {
        let line = #"""
        {"type":"order","out_trade_no":"NO1","transaction_id":"4200001","customer":"c9","nickname":"小红","phone":"13900001111","city":"杭州","address":"西湖区文三路1号","created_at":"2026-11-25T10:00:00+08:00","paid_at":1764036030,"status":"paid","channel":"live_stream","live_session":"L1","coupon":"B1","items":[{"sku":"S1","name":"小米手环8","qty":2,"unit_fen":6400}],"discount_fen":800,"remark":"周末送"}
        """#
        let expected = OrderRecord(outTradeNo: "NO1", transactionId: "4200001", customer: "c9", nickname: "小红",
                                   phone: "13900001111", city: "杭州", address: "西湖区文三路1号",
                                   createdAt: T.at(25, 10), paidAt: 1_764_036_030, status: .paid,
                                   total: Money(fen: 12_800), discount: Money(fen: 800), paid: Money(fen: 12_000),
                                   channel: .liveStream, liveSession: "L1", coupon: "B1",
                                   items: [OrderItem(sku: "S1", name: "小米手环8", qty: 2, unit: Money(fen: 6_400))],
                                   remark: "周末送")
        #expect(try decoder.decode(line) == .order(expected))
    }

    @Test func orderDefaults() throws {
        let e = try decoder.decode(#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":100}"#)
        #expect(e == .order(OrderRecord(outTradeNo: "N", createdAt: 1_764_036_000, status: .created, total: Money(fen: 100),
                                        paid: Money(fen: 100))))
    }

    @Test(arguments: [
        (#"{"type":"order","created_at":1764036000,"total_fen":1}"#, "missing field out_trade_no"),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":12.5}"#,
         "bad money 12.5 in total_fen (fen must be an integer)"),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":"12.5"}"#,
         #"bad money "12.5" in total_fen (fen must be an integer)"#),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":12.0}"#,
         "bad money 12.0 in total_fen (fen must be an integer)"),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":-5}"#,
         "bad money -5 in total_fen (must not be negative)"),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":true}"#,
         "bad money true in total_fen (fen must be an integer)"),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000}"#, "missing field total_fen"),
        (#"{"type":"order","out_trade_no":"N","created_at":"yesterday","total_fen":1}"#,
         #"bad time "yesterday" in created_at (expected RFC 3339 like 2026-11-25T10:00:00+08:00, or Unix seconds)"#),
        (#"{"type":"order","out_trade_no":"N","created_at":"2026-11-25T10:00:00","total_fen":1}"#,
         #"bad time "2026-11-25T10:00:00" in created_at (RFC 3339 needs a zone offset such as +08:00 or Z)"#),
        (#"{"type":"order","out_trade_no":"N","created_at":"2026-02-29T10:00:00Z","total_fen":1}"#,
         #"bad time "2026-02-29T10:00:00Z" in created_at (no such date or time)"#),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"total_fen":1,"channel":"tiktok"}"#,
         #"bad channel "tiktok" in channel (one of live_stream, official_account, group_ad, share, search, ads, other)"#),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"items":[{"sku":"a","qty":1,"unit_fen":5}]}"#,
         "missing field items[0].name"),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"items":[{"name":"a","qty":0,"unit_fen":5}]}"#,
         "bad number 0 in items[0].qty (must be at least 1)"),
        (#"{"type":"order","out_trade_no":"N","created_at":1764036000,"paid_at":1764036005,"status":"closed","total_fen":1}"#,
         "paid_at is set but status is closed"),
        (#"{"type":"order","out_trade_no":"","created_at":1764036000,"total_fen":1}"#, "empty out_trade_no"),
        (#"{"type":"order","out_trade_no":7,"created_at":1764036000,"total_fen":1}"#, "out_trade_no must be a string, not 7"),
        (#"{"type":"teleport"}"#, #"unknown type "teleport""#),
        (#"{"out_trade_no":"N"}"#, "missing field type"),
        (#"[1,2]"#, "not a JSON object"),
        (#"{"type":"order","#, "invalid JSON"),
        (#"{"type":"refund","refund_no":"R","out_trade_no":"N","amount_fen":1}"#, "missing field requested_at"),
        (#"{"type":"refund","refund_no":"R","out_trade_no":"N","amount_fen":1,"requested_at":1764036000,"status":"done"}"#,
         #"bad refund status "done" in status (one of requested, processing, succeeded, rejected, closed)"#),
        (#"{"type":"coupon_batch","batch_id":"B","name":"n","kind":"percent","quota":1,"starts_at":1764036000,"ends_at":1764036001}"#,
         "missing field percent_off"),
        (#"{"type":"coupon_batch","batch_id":"B","name":"n","kind":"fixed","value_fen":1,"quota":1,"starts_at":1764036005,"ends_at":1764036001}"#,
         "ends_at is before starts_at"),
        (#"{"type":"visit","id":"v","visitor":"x","started_at":1764036000,"duration_s":-1}"#,
         "bad number -1 in duration_s (must be at least 0)"),
    ])
    func reasons(line: String, expected: String) {
        #expect(reason(line) == expected)
    }

    @Test func everyOtherType() throws {
        let lines: [(String, ShopEvent)] = [
            (#"{"type":"order_status","out_trade_no":"N","status":"shipped","at":"2026-11-25T02:00:00Z"}"#,
             .orderStatus(OrderStatusChange(outTradeNo: "N", status: .shipped, at: T.at(25, 10)))),
            (#"{"type":"refund","refund_no":"R","out_trade_no":"N","amount_fen":300,"succeeded_at":1764036010,"reason":"尺码不合适"}"#,
             .refund(RefundRecord(refundNo: "R", outTradeNo: "N", amount: Money(fen: 300), reason: "尺码不合适",
                                  status: .succeeded, requestedAt: 1_764_036_010, succeededAt: 1_764_036_010))),
            (#"{"type":"shipment","out_trade_no":"N","carrier":"顺丰","tracking_no":"SF1","status":"in_transit","at":1764036007,"detail":"杭州中转"}"#,
             .shipment(ShipmentEvent(outTradeNo: "N", carrier: "顺丰", trackingNo: "SF1", status: .inTransit, at: 1_764_036_007,
                                     detail: "杭州中转"))),
            (#"{"type":"visit","id":"V","visitor":"u1","started_at":1764036003,"duration_s":45,"pages":4,"channel":"share"}"#,
             .visit(VisitRecord(id: "V", visitor: "u1", startedAt: 1_764_036_003, durationSeconds: 45, pages: 4, channel: .share))),
            (#"{"type":"add_to_cart","id":"K","visitor":"u1","at":1764036004,"sku":"S1","qty":2}"#,
             .addToCart(CartRecord(id: "K", visitor: "u1", at: 1_764_036_004, sku: "S1", qty: 2))),
            (#"{"type":"coupon_batch","batch_id":"B","name":"满100减20","kind":"threshold","value_fen":2000,"min_spend_fen":10000,"quota":500,"starts_at":1764036000,"ends_at":1764036100}"#,
             .couponBatch(CouponBatchRecord(batchId: "B", name: "满100减20", kind: .threshold, value: Money(fen: 2_000),
                                            minSpend: Money(fen: 10_000), quota: 500, startsAt: 1_764_036_000, endsAt: 1_764_036_100))),
            (#"{"type":"coupon_issued","coupon_id":"C","batch_id":"B","customer":"c1","at":1764036009}"#,
             .couponIssued(CouponIssueRecord(couponId: "C", batchId: "B", customer: "c1", at: 1_764_036_009))),
            (#"{"type":"coupon_redeemed","coupon_id":"C","batch_id":"B","out_trade_no":"N","discount_fen":2000,"at":1764036011}"#,
             .couponRedeemed(RedemptionRecord(couponId: "C", batchId: "B", outTradeNo: "N", discount: Money(fen: 2_000), at: 1_764_036_011))),
            (#"{"type":"live_session","id":"L","title":"双十二直播","started_at":1764036001,"ended_at":null}"#,
             .liveSession(LiveSessionRecord(id: "L", title: "双十二直播", startedAt: 1_764_036_001))),
        ]
        for (line, event) in lines {
            #expect(try decoder.decode(line) == event, "\(line)")
        }
    }

    @Test func rfc3339Forms() throws {
        #expect(try RFC3339.parse("1970-01-01T00:00:00Z") == 0)
        #expect(try RFC3339.parse("2026-11-25T10:00:00.999+08:00") == T.at(25, 10))
        #expect(try RFC3339.parse("2026-11-25 02:00:00z") == T.at(25, 10))
        #expect(try RFC3339.parse("2024-02-29T00:00:00-05:30") == 1_709_184_600)
        #expect(try RFC3339.parse("1969-12-31T23:59:59Z") == -1)
        #expect(throws: RFC3339.Failure.outOfRange) { try RFC3339.parse("2026-11-25T24:00:00Z") }
        #expect(throws: RFC3339.Failure.malformed) { try RFC3339.parse("2026-11-25T10:00:00+0800") }
    }
}
