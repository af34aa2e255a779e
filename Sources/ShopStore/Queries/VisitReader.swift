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

    static func totals(_ db: Database, _ window: TimeWindow) throws -> Totals {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT count(DISTINCT visitor), total(pages), count(*), total(duration_s)
            FROM visits WHERE started_at >= ? AND started_at < ?
            """, arguments: [window.start, window.end]) else { return Totals() }
        return Totals(uv: row[0], pv: Int(row[1] as Double), visits: row[2], staySeconds: Int64(row[3] as Double))
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
