import GRDB
import ShopModel

extension ShopStore {
    /// Shipments by latest status, paid orders still waiting for a parcel (those paid more than
    /// `overdueAfterHours` ago are overdue, oldest first, then by order number), the newest refunds
    /// requested by `now`, and today's sales and refund totals (for the refund rate). Parcel counts
    /// and the waiting orders come from tables the write path keeps, so the pane reads what it shows.
    public func logistics(now: Int64, overdueAfterHours: Int, limit: Int) throws -> LogisticsStats {
        let cutoff = now - Int64(overdueAfterHours) * 3_600
        return try pool.read { db in
            let byStatus = try ParcelStatusCounts.read(db)
            let waiting = try AwaitingShipment.source(db)
            let awaiting = try AwaitingShipmentHours.count(db, paidFrom: nil, to: Self.after(now))
            let overdueCount = try AwaitingShipmentHours.count(db, paidFrom: nil, to: Self.after(min(cutoff, now)))
            let overdue = try Row.fetchAll(db, sql: """
                SELECT a.out_trade_no, o.nickname, a.paid_at, o.paid_fen, o.city
                FROM \(waiting) a JOIN orders o ON o.out_trade_no = a.out_trade_no
                WHERE a.paid_at <= ? ORDER BY a.paid_at, a.out_trade_no LIMIT ?
                """, arguments: [min(cutoff, now), limit]).map { row in
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

    /// The first second after `t`: the open end of "paid by `t`".
    private static func after(_ t: Int64) -> Int64 {
        t == Int64.max ? t : t + 1
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
