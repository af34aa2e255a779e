import GRDB
import ShopModel

/// The columns and the streaming query of one export. Every ORDER BY is the leading column of an
/// index (orders by created_at, refunds by requested_at, visits by started_at, cohorts by
/// first_day), so SQLite walks the index and never sorts, or holds, the whole result. Rows with
/// the same time come in index order, which is stable for a given store.
struct ExportTable {
    let columns: [String]
    let sql: String
    let arguments: StatementArguments
    let row: (Row) -> [ExportField]

    /// The documented columns of each kind, in order.
    static func columns(_ kind: ExportKind) -> [String] {
        switch kind {
        case .orders:
            ["out_trade_no", "transaction_id", "created_at", "paid_at", "status", "channel", "live_session", "coupon",
             "customer", "nickname", "phone", "city", "items", "total_yuan", "total_fen", "discount_yuan", "discount_fen",
             "paid_yuan", "paid_fen", "refunded_yuan", "refunded_fen", "remark"]
        case .refunds:
            ["refund_no", "out_trade_no", "wechat_refund_id", "status", "reason", "requested_at", "succeeded_at",
             "amount_yuan", "amount_fen"]
        case .coupons:
            ["batch_id", "name", "kind", "status", "value_yuan", "value_fen", "percent_off", "min_spend_yuan",
             "min_spend_fen", "quota", "issued", "redeemed", "discount_yuan", "discount_fen", "starts_at", "ends_at"]
        case .visits:
            ["visit_id", "visitor", "started_at", "duration_s", "pages", "channel", "live_session"]
        case .retention:
            ["cohort_day", "cohort_size"] + RetentionCohort.offsets.map { "day_\($0)" }
        }
    }

    /// `from`/`to` bound creation (orders), request (refunds), start (visits), the cohort's day
    /// (retention), or overlap the batch's window (coupons); [from, to).
    static func make(_ kind: ExportKind, from: Int64?, to: Int64?, now: Int64, calendar: ShopCalendar) -> ExportTable {
        let lo = from ?? Int64.min, hi = to ?? Int64.max
        let time = ExportTime(calendar: calendar)
        switch kind {
        case .orders:
            return ExportTable(columns: columns(kind), sql: """
                SELECT o.out_trade_no, o.transaction_id, o.created_at, o.paid_at, o.status, o.channel, o.live_session,
                       o.coupon, o.customer, o.nickname, o.phone, o.city, o.items_summary, o.total_fen,
                       o.discount_fen, o.paid_fen,
                       (SELECT CAST(total(r.amount_fen) AS INTEGER) FROM refunds r
                         WHERE r.out_trade_no = o.out_trade_no AND r.status = 'succeeded'),
                       o.remark
                FROM orders o
                WHERE o.created_at >= ? AND o.created_at < ? ORDER BY o.created_at
                """, arguments: [lo, hi]) { r in
                [.text(r[0]), .text(r[1]), time.format(r[2]), time.format(r[3]), .text(r[4]), .text(r[5]), .text(r[6]),
                 .text(r[7]), .text(r[8]), .text(r[9]), .text((r[10] as String?).map(Masking.phone)), .text(r[11]),
                 .text(r[12])]
                    + ExportField.money(r[13] as Int64) + ExportField.money(r[14] as Int64)
                    + ExportField.money(r[15] as Int64) + ExportField.money(r[16] as Int64) + [.text(r[17])]
            }
        case .refunds:
            return ExportTable(columns: columns(kind), sql: """
                SELECT refund_no, out_trade_no, wechat_refund_id, status, reason, requested_at, succeeded_at, amount_fen
                FROM refunds
                WHERE requested_at >= ? AND requested_at < ? ORDER BY requested_at
                """, arguments: [lo, hi]) { r in
                [.text(r[0]), .text(r[1]), .text(r[2]), .text(r[3]), .text(r[4]), time.format(r[5]), time.format(r[6])]
                    + ExportField.money(r[7] as Int64)
            }
        case .coupons:
            return ExportTable(columns: columns(kind), sql: """
                SELECT b.batch_id, b.name, b.kind, b.status, b.value_fen, b.percent_off, b.min_spend_fen, b.quota,
                       (SELECT count(*) FROM coupons_issued i WHERE i.batch_id = b.batch_id),
                       (SELECT count(*) FROM redemptions r WHERE r.batch_id = b.batch_id),
                       (SELECT CAST(total(r.discount_fen) AS INTEGER) FROM redemptions r WHERE r.batch_id = b.batch_id),
                       b.starts_at, b.ends_at, b.ends_at <= ? AS ended
                FROM coupon_batches b
                WHERE b.ends_at > ? AND b.starts_at < ? ORDER BY b.starts_at, b.batch_id
                """, arguments: [now, lo, hi]) { r in
                // A running batch past its end reads as expired, as everywhere else.
                let status: String = r[3]
                let ended: Bool = r[13]
                return [.text(r[0]), .text(r[1]), .text(r[2]), .text(status == "running" && ended ? "expired" : status)]
                    + ExportField.money(r[4] as Int64) + [.int(r[5])] + ExportField.money(r[6] as Int64)
                    + [.int(r[7]), .int(r[8]), .int(r[9])] + ExportField.money(r[10] as Int64)
                    + [time.format(r[11]), time.format(r[12])]
            }
        case .visits:
            return ExportTable(columns: columns(kind), sql: """
                SELECT id, visitor, started_at, duration_s, pages, channel, live_session
                FROM visits
                WHERE started_at >= ? AND started_at < ? ORDER BY started_at
                """, arguments: [lo, hi]) { r in
                [.text(r[0]), .text(r[1]), time.format(r[2]), .int(r[3]), .int(r[4]), .text(r[5]), .text(r[6])]
            }
        case .retention:
            let today = calendar.dayNumber(now)
            let firstDay = from.map(calendar.dayNumber) ?? Int64.min
            let endDay = to.map { calendar.dayNumber($0 - 1) + 1 } ?? Int64.max
            let offsets = RetentionCohort.offsets
            let returned = offsets.map {
                "(SELECT returned FROM rollup_cohort c WHERE c.cohort_day = v.first_day AND c.offset = \($0))"
            }.joined(separator: ", ")
            return ExportTable(columns: columns(kind), sql: """
                SELECT v.first_day, count(*), \(returned)
                FROM visitors v
                WHERE v.first_day >= ? AND v.first_day < ? GROUP BY v.first_day ORDER BY v.first_day
                """, arguments: [firstDay, endDay]) { r in
                let day: Int64 = r[0]
                // Days still to come have no figure yet; days that came without returners have 0.
                let counts: [ExportField] = offsets.enumerated().map { i, offset in
                    day + Int64(offset) > today ? .int(nil) : .int((r[2 + i] as Int64?) ?? 0)
                }
                return [.text(ExportTime.dayLabel(day)), .int(r[1])] + counts
            }
        }
    }
}
