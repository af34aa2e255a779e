import GRDB
import ShopModel

/// Visit figures of a window, read from the visits themselves: distinct visitors cannot be added
/// up from partial days, so only whole-day questions (retention) use the day rollups.
enum VisitReader {
    struct Totals: Equatable {
        var uv = 0
        var pv = 0
        var visits = 0
        var staySeconds: Int64 = 0
    }

    /// With a counter, the window's totals come from what it remembers plus the new visits.
    static func totals(_ db: Database, _ window: TimeWindow, calendar: ShopCalendar,
                       counter: DistinctCounter? = nil) throws -> Totals {
        if let counter {
            let t = try counter.tally(db, .visitors, window)
            return Totals(uv: t.ids.count, pv: Int(t.pages), visits: t.rows, staySeconds: t.seconds)
        }
        guard let row = try Row.fetchOne(db, sql: """
            SELECT CAST(total(pages) AS INTEGER), count(*), CAST(total(duration_s) AS INTEGER)
            FROM visits WHERE started_at >= ? AND started_at < ?
            """, arguments: [window.start, window.end]) else { return Totals() }
        return Totals(uv: try distinctVisitors(db, window, calendar: calendar), pv: row[0], visits: row[1],
                      staySeconds: row[2])
    }

    /// Distinct visitors of the window. Counting them means sorting a day's visitors, so when the
    /// window is a shop day from its midnight up to a point after which that day has no visits
    /// yet (today so far, a whole past day), the visitor_days rows of the day answer instead.
    static func distinctVisitors(_ db: Database, _ window: TimeWindow, calendar: ShopCalendar) throws -> Int {
        let nextDay = calendar.startOfDay(window.start, addingDays: 1)
        if window.start == calendar.startOfDay(window.start), window.end <= nextDay,
           try Bool.fetchOne(db, sql: """
               SELECT EXISTS (SELECT 1 FROM visits WHERE started_at >= ? AND started_at < ?)
               """, arguments: [window.end, nextDay]) == false {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM visitor_days WHERE day = ?",
                                    arguments: [calendar.dayNumber(window.start)]) ?? 0
        }
        return try Int.fetchOne(db, sql: """
            SELECT count(DISTINCT visitor) FROM visits WHERE started_at >= ? AND started_at < ?
            """, arguments: [window.start, window.end]) ?? 0
    }

    /// Distinct visitors per bucket (a visitor counts once in each bucket they visited in).
    static func distinctVisitors(_ db: Database, starts: [Int64], end: Int64) throws -> [Int] {
        var out = Array(repeating: 0, count: starts.count)
        guard let first = starts.first else { return out }
        var bucketOf: [Int64: Int] = [:]
        var slots: [String] = []
        for (i, s) in starts.enumerated() { bucketOf[s] = i; slots.append("WHEN started_at >= \(s) THEN \(s)") }
        // Newest bucket first so that the first matching WHEN is the bucket that holds the visit.
        let caseExpr = "CASE " + slots.reversed().joined(separator: " ") + " END"
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(caseExpr) AS slot, count(DISTINCT visitor) FROM visits
            WHERE started_at >= ? AND started_at < ? GROUP BY slot
            """, arguments: [first, end])
        while let row = try rows.next() {
            let slot: Int64 = row[0]
            if let i = bucketOf[slot] { out[i] = row[1] }
        }
        return out
    }

    /// Visitors first seen in the window; the day range lets the first_day index do the work.
    static func newVisitors(_ db: Database, _ window: TimeWindow, calendar: ShopCalendar) throws -> Int {
        guard window.end > window.start else { return 0 }
        return try Int.fetchOne(db, sql: """
            SELECT count(*) FROM visitors WHERE first_day BETWEEN ? AND ?
            AND first_seen_at >= ? AND first_seen_at < ?
            """, arguments: [calendar.dayNumber(window.start), calendar.dayNumber(window.end - 1),
                             window.start, window.end]) ?? 0
    }
}
