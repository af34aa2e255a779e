import GRDB
import ShopModel

extension ShopStore {
    /// Today so far (shop time, through `now`) against the same stretch of yesterday and of the
    /// same weekday last week, with hourly sparkline buckets for today through the current hour.
    public func kpis(now: Int64) throws -> KPISnapshot {
        let today = todaySoFar(now)
        let hours = hourStarts(ofDayStartingAt: today.start).filter { $0 <= now }
        return try pool.read { db in
            let current = try kpiValues(db, today)
            let yesterday = try kpiValues(db, sameStretch(as: today, daysBack: 1))
            let lastWeek = try kpiValues(db, sameStretch(as: today, daysBack: 7))
            let sales = try SalesReader.series(db, starts: hours, end: today.end)
            let uv = try ReachReader.hourly(db, .visitor, starts: hours, end: today.end, calendar: calendar)
            let buyers = try ReachReader.hourly(db, .buyer, starts: hours, end: today.end, calendar: calendar)
            let pv = try hours.map { start in
                try VisitMinuteReader.totals(db, TimeWindow(start: start, end: min(start + 3_600, today.end))).pv
            }
            return KPISnapshot(window: today, current: current, yesterday: yesterday, lastWeek: lastWeek,
                               hourlyGMV: sales.map(\.gmv), hourlyOrders: sales.map(\.orders), hourlyUV: uv,
                               hourlyBuyers: buyers, hourlyPV: pv, hourlyRefundAmount: sales.map(\.refundAmount))
        }
    }

    func kpiValues(_ db: Database, _ window: TimeWindow) throws -> KPIValues {
        let sales = try SalesReader.total(db, window)
        let buyers = try ReachReader.count(db, .buyer, window, calendar: calendar)
        let visits = try VisitReader.totals(db, window, calendar: calendar)
        return KPIValues(gmv: sales.gmv, paidOrders: sales.orders, buyers: buyers, uv: visits.uv, pv: visits.pv,
                         refundAmount: sales.refundAmount, refunds: sales.refunds)
    }
}
