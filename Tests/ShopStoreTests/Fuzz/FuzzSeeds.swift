import Foundation

/// The valid inputs every mutation starts from: one of each event type, and the CSV fixtures.
enum FuzzSeeds {
    static let jsonLines: [UInt8] = Array(([
        #"{"type":"live_session","id":"L1","title":"双十二直播","started_at":1764036000,"ended_at":null}"#,
        #"{"type":"coupon_batch","batch_id":"B1","name":"满100减20","kind":"threshold","value_fen":2000,"min_spend_fen":10000,"quota":500,"starts_at":1764000000,"ends_at":1764100000}"#,
        #"{"type":"coupon_batch","batch_id":"B2","name":"九折","kind":"percent","percent_off":10,"quota":100,"starts_at":1764000000,"ends_at":1764100000}"#,
        #"{"type":"visit","id":"V1","visitor":"u1","started_at":1764036100,"duration_s":300,"pages":4,"channel":"live_stream"}"#,
        #"{"type":"add_to_cart","id":"K1","visitor":"u1","at":1764036200,"sku":"SKU-1","qty":2}"#,
        #"{"type":"coupon_issued","coupon_id":"C1","batch_id":"B1","customer":"u1","at":1764036250}"#,
        #"{"type":"order","out_trade_no":"F1","transaction_id":"4200001","customer":"u1","nickname":"茶小白","phone":"13812345678","city":"杭州","created_at":1764036300,"paid_at":1764036360,"total_fen":12800,"discount_fen":2000,"paid_fen":10800,"channel":"live_stream","live_session":"L1","coupon":"C1","items":[{"sku":"SKU-1","name":"普洱茶","qty":1,"unit_fen":12800}],"remark":"礼盒"}"#,
        #"{"type":"coupon_redeemed","coupon_id":"C1","batch_id":"B1","out_trade_no":"F1","discount_fen":2000,"at":1764036360}"#,
        #"{"type":"order","out_trade_no":"F2","customer":"u2","created_at":1764040000,"total_fen":4590,"channel":"share"}"#,
        #"{"type":"order_status","out_trade_no":"F1","status":"shipped","at":1764040000}"#,
        #"{"type":"shipment","out_trade_no":"F1","carrier":"顺丰","tracking_no":"SF1","status":"in_transit","at":1764040100,"detail":"杭州中转"}"#,
        #"{"type":"refund","refund_no":"R1","out_trade_no":"F1","amount_fen":1000,"reason":"破损","succeeded_at":1764045000}"#,
    ].joined(separator: "\n") + "\n").utf8)

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.path(name))))
    }

    static func orderCSVs() throws -> [[UInt8]] { try ["orders-yuan.csv", "orders-bad.csv"].map(fixture) }

    static func bills() throws -> [[UInt8]] {
        try ["wechatpay-all.csv", "wechatpay-refund.csv", "wechatpay-success.csv", "wechatpay-all-bad-summary.csv"].map(fixture)
    }

    /// Every seed's lines, for splicing.
    static func allLines() throws -> [[UInt8]] {
        try ([jsonLines] + orderCSVs() + bills()).flatMap { FuzzMutator.split($0) }.filter { !$0.isEmpty }
    }
}
