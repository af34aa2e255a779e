/// A small shop as JSON Lines, for the command tests. The check tests judge it at `now`
/// (2026-11-25 14:00 Shanghai): its newest event is a visit at 13:59.
enum CliFixture {
    static let now = "2026-11-25T14:00:00+08:00"
    static let nowSeconds: Int64 = 1_795_586_400
    /// Two hours after the last event: a stalled feed.
    static let stalledNow = "2026-11-25T16:00:00+08:00"

    static let events = #"""
        {"type":"coupon_batch","batch_id":"B1","name":"满100减20","kind":"threshold","value_fen":2000,"min_spend_fen":10000,"quota":10,"starts_at":"2026-11-01T00:00:00+08:00","ends_at":"2030-01-01T00:00:00+08:00"}
        {"type":"coupon_batch","batch_id":"B2","name":"停用券","kind":"fixed","value_fen":500,"quota":10,"status":"stopped","starts_at":"2026-11-01T00:00:00+08:00","ends_at":"2030-01-01T00:00:00+08:00"}
        {"type":"coupon_batch","batch_id":"B3","name":"9折券","kind":"percent","value_fen":0,"percent_off":10,"quota":4,"starts_at":"2026-11-01T00:00:00+08:00","ends_at":"2030-01-01T00:00:00+08:00"}
        {"type":"coupon_issued","coupon_id":"K1","batch_id":"B1","customer":"c1","at":"2026-11-20T10:00:00+08:00"}
        {"type":"coupon_issued","coupon_id":"K2","batch_id":"B3","customer":"c2","at":"2026-11-20T10:00:00+08:00"}
        {"type":"coupon_issued","coupon_id":"K3","batch_id":"B3","customer":"c3","at":"2026-11-20T10:00:00+08:00"}
        {"type":"order","out_trade_no":"T1","transaction_id":"4200000001","customer":"c1","nickname":"小明\u001b[31m","phone":"13812345678","city":"上海","address":"上海市浦东新区世纪大道100号","created_at":"2026-11-25T10:00:00+08:00","paid_at":"2026-11-25T10:00:30+08:00","channel":"share","coupon":"B1","discount_fen":2000,"items":[{"sku":"s1","name":"羊绒围巾","qty":1,"unit_fen":12800}],"remark":"请\u202e包装"}
        {"type":"coupon_redeemed","coupon_id":"K1","batch_id":"B1","out_trade_no":"T1","discount_fen":2000,"at":"2026-11-25T10:00:30+08:00"}
        {"type":"order","out_trade_no":"T2","customer":"c2","nickname":"Tom","phone":"13900001234","created_at":"2026-11-25T13:30:00+08:00","channel":"search","items":[{"sku":"s2","name":"数据线","qty":2,"unit_fen":990}]}
        {"type":"order","out_trade_no":"T3","customer":"c3","nickname":"小红","phone":"13700005678","created_at":"2026-11-24T09:00:00+08:00","paid_at":"2026-11-24T09:01:00+08:00","channel":"live_stream","items":[{"sku":"s3","name":"保温杯","qty":1,"unit_fen":6000}]}
        {"type":"refund","refund_no":"R1","out_trade_no":"T1","amount_fen":1000,"reason":"少发","requested_at":"2026-11-25T12:00:00+08:00","succeeded_at":"2026-11-25T12:30:00+08:00"}
        {"type":"shipment","out_trade_no":"T1","carrier":"顺丰","tracking_no":"SF1","status":"picked","at":"2026-11-25T13:00:00+08:00"}
        {"type":"visit","id":"V1","visitor":"c1","started_at":"2026-11-25T13:59:00+08:00","duration_s":30,"pages":2,"channel":"share"}
        """#
}
