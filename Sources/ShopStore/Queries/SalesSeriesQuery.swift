import GRDB
import ShopModel

extension ShopStore {
    /// Paid orders and GMV over `range`, ending with the bucket that holds `now`, and the period
    /// just before it aligned bucket for bucket (previous[i] is points[i] one period earlier).
    /// Buckets are whole: the current one holds what was paid in it so far.
    public func salesSeries(_ range: SalesRange, now: Int64) throws -> SalesSeries {
        let (starts, end, previousStarts, previousEnd) = buckets(for: range, now: now)
        return try pool.read { db in
            let points = try SalesReader.series(db, starts: starts, end: end)
            let previous = try SalesReader.series(db, starts: previousStarts, end: previousEnd)
            // The paid_at index answers min() from its first entry.
            let since = try Int64.fetchOne(db, sql: "SELECT min(paid_at) FROM orders WHERE paid_at IS NOT NULL")
            return SalesSeries(granularity: range.granularity, window: TimeWindow(start: starts[0], end: end),
                               points: points, previous: previous, paidSince: since)
        }
    }

    /// Bucket starts of the range and of the period before it, each with the end of its last bucket.
    func buckets(for range: SalesRange, now: Int64) -> (starts: [Int64], end: Int64, previous: [Int64], previousEnd: Int64) {
        switch range {
        case .live60:
            let current = QuerySupport.floor(now, to: 60)
            let starts = (0..<60).reversed().map { current - Int64($0) * 60 }
            return (starts, current + 60, starts.map { $0 - 3_600 }, current + 60 - 3_600)
        case .today:
            let day = calendar.startOfDay(now)
            let starts = hourStarts(ofDayStartingAt: day).filter { $0 <= now }
            let yesterday = hourStarts(ofDayStartingAt: calendar.startOfDay(now, addingDays: -1))
            let previous = Array(yesterday.prefix(starts.count))
            return (starts, starts[starts.count - 1] + 3_600, previous, previous[previous.count - 1] + 3_600)
        case .days7, .days30:
            let n = range == .days7 ? 7 : 30
            let starts = dayStarts(endingWith: now, days: n)
            let previous = dayStarts(endingWith: calendar.startOfDay(now, addingDays: -n), days: n)
            return (starts, calendar.startOfDay(now, addingDays: 1), previous, starts[0])
        }
    }
}
