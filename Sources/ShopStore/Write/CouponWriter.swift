import GRDB
import ShopModel

extension EventWriter {
    /// A coupon batch, or a change to one (paused, quota raised...).
    func applyCouponBatch(_ b: CouponBatchRecord) throws -> ApplyResult {
        let before = try audit.flatMap { _ in try CouponBatchAudit.fields(of: b.batchId, in: self) }
        let changed = try run("""
            INSERT INTO coupon_batches (batch_id, name, kind, value_fen, percent_off, min_spend_fen, quota,
              status, starts_at, ends_at, system, remote_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (batch_id) DO UPDATE SET
              name = excluded.name, kind = excluded.kind, value_fen = excluded.value_fen,
              percent_off = excluded.percent_off, min_spend_fen = excluded.min_spend_fen,
              quota = excluded.quota, status = excluded.status, starts_at = excluded.starts_at,
              ends_at = excluded.ends_at, system = excluded.system, remote_id = excluded.remote_id
            WHERE (name, kind, value_fen, percent_off, min_spend_fen, quota, status, starts_at, ends_at,
                   system, remote_id)
              IS NOT (excluded.name, excluded.kind, excluded.value_fen, excluded.percent_off,
                      excluded.min_spend_fen, excluded.quota, excluded.status, excluded.starts_at,
                      excluded.ends_at, excluded.system, excluded.remote_id)
            """, [b.batchId, b.name, b.kind.rawValue, b.value.fen, b.percentOff, b.minSpend.fen, b.quota,
                  b.status.rawValue, b.startsAt, b.endsAt, b.system.rawValue, b.remoteId])
        if changed, let audit, let before {
            try audit.record(db, batchId: b.batchId, before: before, after: CouponBatchAudit.fields(of: b))
        }
        return changed ? .accepted : .duplicate
    }

    func applyCouponIssued(_ c: CouponIssueRecord) throws -> ApplyResult {
        guard try batchExists(c.batchId) else { return .rejected("unknown coupon batch \(c.batchId)") }
        let added = try run("""
            INSERT INTO coupons_issued (coupon_id, batch_id, customer, at) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [c.couponId, c.batchId, c.customer, c.at])
        if added { rollups.count(.couponsIssued) }
        return added ? .accepted : .duplicate
    }

    func applyRedemption(_ r: RedemptionRecord) throws -> ApplyResult {
        guard try orderExists(r.outTradeNo) else { return Self.unknownOrder(r.outTradeNo) }
        guard try batchExists(r.batchId) else { return .rejected("unknown coupon batch \(r.batchId)") }
        let added = try run("""
            INSERT INTO redemptions (batch_id, out_trade_no, coupon_id, discount_fen, at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, [r.batchId, r.outTradeNo, r.couponId, r.discount.fen, r.at])
        if added { rollups.count(.redemptions) }
        return added ? .accepted : .duplicate
    }

    private func batchExists(_ batchId: String) throws -> Bool {
        if seen.couponBatches.contains(batchId) { return true }
        guard try row("SELECT 1 FROM coupon_batches WHERE batch_id = ?", [batchId]) != nil else { return false }
        seen.couponBatches.insert(batchId)
        return true
    }
}
