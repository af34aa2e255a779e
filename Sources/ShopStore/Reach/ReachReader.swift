import GRDB
import ShopModel

/// Distinct people of a kind in a window. A window that starts at a shop day's start and ends
/// within that day is answered from rollup_reach (whole minutes) and the raw rows of at most one
/// partial minute; any other window, or a store from before the rollups, counts the raw rows.
enum ReachReader {
    static func count(_ db: Database, _ kind: ReachKind, _ window: TimeWindow, calendar: ShopCalendar) throws -> Int {
        guard window.end > window.start else { return 0 }
        guard let day = try answeringDay(db, window, calendar) else { return try rawCount(db, kind, window) }
        let wholeEnd = QuerySupport.floor(window.end, to: 60)
        var total = try Int.fetchOne(db, sql: """
            SELECT CAST(total(day_new) AS INTEGER) FROM rollup_reach WHERE kind = ? AND minute >= ? AND minute < ?
            """, arguments: [kind.name, window.start, wholeEnd]) ?? 0
        if wholeEnd < window.end {
            // Seen in the partial minute and not before it that day: their first time is in it.
            total = VisitMinuteReader.sum(total, try Int.fetchOne(db, sql: """
                SELECT count(*) FROM first_seen WHERE day = ? AND kind = ? AND first_at >= ?
                AND who IN (SELECT who FROM (\(kind.eventsSQL)))
                """, arguments: [day.number, kind.name, wholeEnd, wholeEnd, window.end]) ?? 0)
        }
        return total
    }

    /// Distinct people per bucket (ascending starts; the last ends at `end`), a person counting
    /// once in each bucket they were seen in. Buckets that are the hours of one shop day come from
    /// hour_new; the last one, when it ends early, only if nothing of its hour came after `end`.
    static func hourly(_ db: Database, _ kind: ReachKind, starts: [Int64], end: Int64,
                       calendar: ShopCalendar) throws -> [Int] {
        guard let first = starts.first, end > first else { return starts.map { _ in 0 } }
        let day = try answeringDay(db, TimeWindow(start: calendar.startOfDay(first), end: end), calendar)
        var out: [Int] = []
        for (i, start) in starts.enumerated() {
            let bucketEnd = i + 1 < starts.count ? starts[i + 1] : end
            let bucket = TimeWindow(start: start, end: bucketEnd)
            if let day, let hourEnd = hourEnd(of: start, in: day), bucketEnd <= hourEnd,
               try bucketEnd == hourEnd || !hasRows(db, kind, TimeWindow(start: bucketEnd, end: hourEnd)) {
                out.append(try Int.fetchOne(db, sql: "SELECT hour_new FROM rollup_reach WHERE kind = ? AND minute = ?",
                                            arguments: [kind.name, start]) ?? 0)
            } else {
                out.append(try rawCount(db, kind, bucket))
            }
        }
        return out
    }

    /// The shop day whose rollups answer for `window`, if they can.
    private static func answeringDay(_ db: Database, _ window: TimeWindow, _ calendar: ShopCalendar) throws -> ReachDay? {
        guard let day = day(of: window, calendar), try ReachRollup.isKept(db) else { return nil }
        return day
    }

    /// Whether `window` is one the rollups can answer for: from a shop day's start to within that day.
    static func answers(_ window: TimeWindow, calendar: ShopCalendar) -> Bool {
        day(of: window, calendar) != nil
    }

    private static func day(of window: TimeWindow, _ calendar: ShopCalendar) -> ReachDay? {
        guard window.start == calendar.startOfDay(window.start),
              QuerySupport.floor(window.start, to: 60) == window.start else { return nil }
        let day = ReachDay(number: calendar.dayNumber(window.start), calendar: calendar)
        return day.start == window.start && window.end <= day.next ? day : nil
    }

    /// The end of the day's hour that starts at `start`; nil if no hour of the day starts there.
    private static func hourEnd(of start: Int64, in day: ReachDay) -> Int64? {
        guard start >= day.start, start < day.next, (start - day.start) % 3_600 == 0 else { return nil }
        return min(start + 3_600, day.next)
    }

    private static func hasRows(_ db: Database, _ kind: ReachKind, _ window: TimeWindow) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (\(kind.eventsSQL))", arguments: [window.start, window.end]) ?? false
    }

    static func rawCount(_ db: Database, _ kind: ReachKind, _ window: TimeWindow) throws -> Int {
        guard window.end > window.start else { return 0 }
        return try Int.fetchOne(db, sql: "SELECT count(DISTINCT who) FROM (\(kind.eventsSQL))",
                                arguments: [window.start, window.end]) ?? 0
    }
}
