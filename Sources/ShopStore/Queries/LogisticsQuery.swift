import GRDB
import ShopModel

extension ShopStore {
    /// Shipments by latest status, paid orders still waiting for a parcel (those paid more than
    /// `overdueAfterHours` ago are overdue, oldest first), the newest refunds requested by `now`,
    /// and today's sales and refund totals (for the refund rate).
    public func logistics(now: Int64, overdueAfterHours: Int, limit: Int) throws -> LogisticsStats {
        let cutoff = now - Int64(overdueAfterHours) * 3_600
        return try pool.read { db in
            var byStatus: [ShipmentStatus: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) FROM shipments GROUP BY status") {
                if let status = (row[0] as String?).flatMap(ShipmentStatus.init(rawValue:)) { byStatus[status, default: 0] += row[1] }
            }
            let waiting = """
                FROM orders o WHERE o.status = 'paid' AND o.paid_at IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.out_trade_no = o.out_trade_no)
                """
            // One pass for both counts: the waiting orders are many on a busy day.
            let counts = try Row.fetchOne(db, sql: """
                SELECT count(*), coalesce(sum(o.paid_at <= ?), 0) \(waiting) AND o.paid_at <= ?
                """, arguments: [cutoff, now])
            let awaiting: Int = counts?[0] ?? 0
            let overdueCount: Int = counts?[1] ?? 0
            let overdue = try Row.fetchAll(db, sql: """
                SELECT o.out_trade_no, o.nickname, o.paid_at, o.paid_fen, o.city \(waiting) AND o.paid_at <= ?
                ORDER BY o.paid_at, o.seq LIMIT ?
                """, arguments: [cutoff, limit]).map { row in
                OverdueShipment(outTradeNo: row[0], nickname: row[1], paidAt: row[2], amount: Money(fen: row[3]), city: row[4])
            }
            let refunds = try Row.fetchAll(db, sql: """
                SELECT \(Self.refundColumns("r")), o.nickname FROM refunds r
                LEFT JOIN orders o ON o.out_trade_no = r.out_trade_no
                WHERE r.requested_at <= ? ORDER BY r.requested_at DESC, r.refund_no LIMIT ?
                """, arguments: [now, limit]).map { row in
                RefundRow(refund: Self.refund(row), nickname: row[8])
            }
            let today = try SalesReader.total(db, todaySoFar(now))
            let totals = KPIValues(gmv: today.gmv, paidOrders: today.orders,
                                   refundAmount: today.refundAmount, refunds: today.refunds)
            return LogisticsStats(byStatus: byStatus, awaitingShipment: awaiting, overdue: overdue,
                                  overdueCount: overdueCount, refunds: refunds, refundTotals: totals)
        }
    }

    static func refundColumns(_ alias: String) -> String {
        ["refund_no", "out_trade_no", "wechat_refund_id", "amount_fen", "reason", "status", "requested_at", "succeeded_at"]
            .map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// Decodes the eight leading refund columns of `refundColumns`.
    static func refund(_ row: Row) -> RefundRecord {
        RefundRecord(refundNo: row[0], outTradeNo: row[1], wechatRefundId: row[2], amount: Money(fen: row[3]),
                     reason: row[4], status: (row[5] as String?).flatMap(RefundStatus.init(rawValue:)) ?? .requested,
                     requestedAt: row[6], succeededAt: row[7])
    }
}
