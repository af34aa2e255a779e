import GRDB
import ShopModel

extension ShopStore {
    /// UV, PV, visits, stay time, new visitors, channels and hourly UV of the window.
    public func visitStats(window: TimeWindow) throws -> VisitStats {
        let hours = stride(from: QuerySupport.floor(window.start, to: 3_600), to: window.end, by: 3_600)
            .map { max($0, window.start) }
        return try pool.read { db in
            let totals = try VisitReader.totals(db, window, calendar: calendar)
            return VisitStats(window: window, uv: totals.uv, pv: totals.pv, visits: totals.visits,
                              totalStaySeconds: totals.staySeconds,
                              newVisitors: try VisitMinuteReader.newVisitors(db, window),
                              channels: try Self.channelSlices(db, window, calendar: calendar),
                              hourlyUV: try ReachReader.hourly(db, .visitor, starts: hours, end: window.end,
                                                               calendar: calendar))
        }
    }

    /// The cohorts of the last `days` shop days, newest (today) first: visitors first seen that day
    /// and how many of them visited again exactly N days later, for N in RetentionCohort.offsets;
    /// nil where that day has not come yet.
    public func retention(days: Int, now: Int64) throws -> [RetentionCohort] {
        let today = calendar.dayNumber(now)
        let starts = (0..<max(0, days)).map { calendar.startOfDay(now, addingDays: -$0) }
        guard let oldest = starts.last else { return [] }
        return try pool.read { db in
            let first = calendar.dayNumber(oldest)
            var sizes: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT day, new_visitors FROM rollup_day WHERE day BETWEEN ? AND ?
                """, arguments: [first, today]) {
                sizes[row[0]] = row[1]
            }
            var returned: [Int64: [Int: Int]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT cohort_day, offset, returned FROM rollup_cohort WHERE cohort_day BETWEEN ? AND ?
                """, arguments: [first, today]) {
                returned[row[0], default: [:]][row[1]] = row[2]
            }
            return starts.map { start in
                let day = calendar.dayNumber(start)
                let counts = RetentionCohort.offsets.map { offset -> Int? in
                    day + Int64(offset) > today ? nil : returned[day]?[offset] ?? 0
                }
                return RetentionCohort(day: start, size: sizes[day] ?? 0, returned: counts)
            }
        }
    }
}
