import GRDB
import ShopModel

extension ShopStore {
    /// Every coupon batch with issued and redeemed counts, discount given and the paid amount of
    /// the paid orders that used it. Batches still usable at `now` (running or paused, not past
    /// their end) come first, soonest end first; then the rest, latest end first.
    public func couponStats(now: Int64) throws -> [CouponBatchStats] {
        try pool.read { db in
            let issued = try CouponIssuedCount.expression(db, batch: "b.batch_id", rollup: "c")
            let batches = try Row.fetchAll(db, sql: """
                SELECT b.batch_id, b.name, b.kind, b.value_fen, b.percent_off, b.min_spend_fen, b.quota,
                       b.status, b.starts_at, b.ends_at,
                       \(issued),
                       coalesce(c.redeemed, 0), coalesce(c.discount_fen, 0), coalesce(c.gmv_fen, 0),
                       b.system, b.remote_id
                FROM coupon_batches b LEFT JOIN rollup_coupon c ON c.batch_id = b.batch_id
                """)
            let changes = try CouponOutbox.lastByBatch(db)
            let stats = batches.map { row in
                let batch = Self.couponBatch(row)
                return CouponBatchStats(batch: batch, issued: row[10], redeemed: row[11], discount: Money(fen: row[12]),
                                        gmv: Money(fen: row[13]), lastChange: changes[batch.batchId])
            }
            return stats.sorted { a, b in
                let ua = Self.isUsable(a, now: now), ub = Self.isUsable(b, now: now)
                if ua != ub { return ua }
                if a.batch.endsAt != b.batch.endsAt { return ua ? a.batch.endsAt < b.batch.endsAt : a.batch.endsAt > b.batch.endsAt }
                return a.batch.batchId < b.batch.batchId
            }
        }
    }

    private static func isUsable(_ s: CouponBatchStats, now: Int64) -> Bool {
        let status = s.effectiveStatus(now: now)
        return status == .running || (status == .paused && now < s.batch.endsAt)
    }

    /// Decodes the ten leading batch columns, in coupon_batches' order, and the `system` and
    /// `remote_id` columns by name where the query selected them.
    static func couponBatch(_ row: Row) -> CouponBatchRecord {
        CouponBatchRecord(batchId: row[0], name: row[1],
                          kind: (row[2] as String?).flatMap(CouponKind.init(rawValue:)) ?? .fixed,
                          value: Money(fen: row[3]), percentOff: row[4], minSpend: Money(fen: row[5]),
                          quota: row[6], status: (row[7] as String?).flatMap(CouponStatus.init(rawValue:)) ?? .running,
                          startsAt: row[8], endsAt: row[9],
                          system: (row["system"] as String?).flatMap(CouponSystem.init(rawValue:)) ?? .local,
                          remoteId: row["remote_id"])
    }

    static let couponBatchColumns = """
        batch_id, name, kind, value_fen, percent_off, min_spend_fen, quota, status, starts_at, ends_at
        """
}
