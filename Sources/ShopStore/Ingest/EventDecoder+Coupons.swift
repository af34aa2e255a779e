import ShopModel

extension EventDecoder {
    /// `value_fen` is required for fixed and threshold coupons, `percent_off` (1...99) for percent ones.
    static func couponBatch(_ f: JSONFields) throws(EventDecodeError) -> CouponBatchRecord {
        let kind = try f.enumValue("kind", CouponKind.self, label: "coupon kind")
        let percentOff = try f.optionalInt("percent_off", in: InputBounds.count)
        let value: Money
        switch kind {
        case .percent:
            guard let p = percentOff else { throw f.missing("percent_off") }
            guard (1...99).contains(p) else { throw EventDecodeError("bad number \(p) in percent_off (must be 1 to 99)") }
            value = try f.optionalMoney("value_fen") ?? .zero
        case .fixed, .threshold:
            value = try f.money("value_fen")
        }
        let startsAt = try f.time("starts_at")
        let endsAt = try f.time("ends_at")
        guard endsAt >= startsAt else { throw EventDecodeError("ends_at is before starts_at") }
        return CouponBatchRecord(batchId: try f.string("batch_id"), name: try f.string("name"), kind: kind,
                                 value: value, percentOff: percentOff,
                                 minSpend: try f.optionalMoney("min_spend_fen") ?? .zero,
                                 quota: try f.int("quota", in: InputBounds.count),
                                 status: try f.optionalEnum("status", CouponStatus.self, label: "coupon status") ?? .running,
                                 startsAt: startsAt, endsAt: endsAt,
                                 system: try f.optionalEnum("system", CouponSystem.self, label: "coupon system") ?? .local,
                                 remoteId: try f.optionalString("remote_id"))
    }

    static func couponIssued(_ f: JSONFields) throws(EventDecodeError) -> CouponIssueRecord {
        CouponIssueRecord(couponId: try f.string("coupon_id"), batchId: try f.string("batch_id"),
                          customer: try f.string("customer"), at: try f.time("at"))
    }

    static func redemption(_ f: JSONFields) throws(EventDecodeError) -> RedemptionRecord {
        RedemptionRecord(couponId: try f.optionalString("coupon_id"), batchId: try f.string("batch_id"),
                         outTradeNo: try f.string("out_trade_no"), discount: try f.money("discount_fen"),
                         at: try f.time("at"))
    }
}
