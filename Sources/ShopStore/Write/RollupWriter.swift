import GRDB
import ShopModel

/// Rollups move by deltas, so that an event that changes its mind (a refund that succeeds, a
/// visitor whose first day moves earlier) can take back exactly what it added.
extension EventWriter {
    static func minute(of t: Int64) -> Int64 {
        let r = t % 60
        return r >= 0 ? t - r : t - r - 60
    }

    func addSales(at t: Int64, channel: String, orders: Int, gmv: Int64) throws {
        try addMinute(at: t, channel: channel, paidOrders: orders, gmv: gmv, refunds: 0, refundFen: 0)
    }

    func addRefunds(at t: Int64, channel: String, count: Int, amount: Int64) throws {
        try addMinute(at: t, channel: channel, paidOrders: 0, gmv: 0, refunds: count, refundFen: amount)
    }

    private func addMinute(at t: Int64, channel: String, paidOrders: Int, gmv: Int64, refunds: Int, refundFen: Int64) throws {
        try run("""
            INSERT INTO rollup_minute (minute, channel, paid_orders, gmv_fen, refunds, refund_fen)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (minute, channel) DO UPDATE SET
              paid_orders = paid_orders + excluded.paid_orders,
              gmv_fen = gmv_fen + excluded.gmv_fen,
              refunds = refunds + excluded.refunds,
              refund_fen = refund_fen + excluded.refund_fen
            """, [Self.minute(of: t), channel, paidOrders, gmv, refunds, refundFen])
    }

    func addDay(_ day: Int64, uv: Int = 0, pv: Int = 0, visits: Int = 0, stay: Int64 = 0, newVisitors: Int = 0) throws {
        try run("""
            INSERT INTO rollup_day (day, uv, pv, visits, stay_s, new_visitors) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (day) DO UPDATE SET
              uv = uv + excluded.uv,
              pv = pv + excluded.pv,
              visits = visits + excluded.visits,
              stay_s = stay_s + excluded.stay_s,
              new_visitors = new_visitors + excluded.new_visitors
            """, [day, uv, pv, visits, stay, newVisitors])
    }

    func addCohort(day: Int64, offset: Int64, returned: Int) throws {
        try run("""
            INSERT INTO rollup_cohort (cohort_day, offset, returned) VALUES (?, ?, ?)
            ON CONFLICT (cohort_day, offset) DO UPDATE SET returned = returned + excluded.returned
            """, [day, offset, returned])
    }
}
