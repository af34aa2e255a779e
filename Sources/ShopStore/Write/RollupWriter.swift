import GRDB
import ShopModel

/// Rollups move by deltas, so that an event that changes its mind (a refund that succeeds, a
/// visitor whose first day moves earlier) can take back exactly what it added. The deltas are
/// folded for the whole transaction and written by `flushRollups()` before it commits.
extension EventWriter {
    /// Clamped first (see `ShopCalendar.clamped`), so that no time can overflow the subtraction.
    static func minute(of t: Int64) -> Int64 {
        let t = ShopCalendar.clamped(t)
        let r = t % 60
        return r >= 0 ? t - r : t - r - 60
    }

    func addSales(at t: Int64, channel: String, orders: Int, gmv: Int64) {
        rollups.addMinute(.init(minute: Self.minute(of: t), channel: channel)) {
            $0.paidOrders += Int64(orders)
            $0.gmvFen += gmv
        }
        rollups.count(.paidOrders, Int64(orders))
        rollups.count(.paidFen, gmv)
    }

    func addRefunds(at t: Int64, channel: String, count: Int, amount: Int64) {
        rollups.addMinute(.init(minute: Self.minute(of: t), channel: channel)) {
            $0.refunds += Int64(count)
            $0.refundFen += amount
        }
        rollups.count(.refunds, Int64(count))
        rollups.count(.refundFen, amount)
    }

    func addDay(_ day: Int64, uv: Int = 0, pv: Int = 0, visits: Int = 0, stay: Int64 = 0, newVisitors: Int = 0) {
        rollups.addDay(day) {
            $0.uv += Int64(uv)
            $0.pv += Int64(pv)
            $0.visits += Int64(visits)
            $0.staySeconds += stay
            $0.newVisitors += Int64(newVisitors)
        }
    }

    func addCohort(day: Int64, offset: Int64, returned: Int) {
        rollups.addCohort(.init(cohortDay: day, offset: offset), returned: Int64(returned))
    }

    /// Writes what the transaction's events added to the rollups; call once, after the last event.
    func flushRollups() throws {
        try rollups.flush(db)
        try paneRollups.flush(db)
    }
}
