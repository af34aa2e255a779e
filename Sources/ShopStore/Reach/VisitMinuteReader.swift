import GRDB
import ShopModel

/// Visits, pages, stay seconds and new visitors of any window: rollup rows for its whole minutes,
/// raw rows only for the partial minutes at its edges (all raw rows on a store without the rollups).
enum VisitMinuteReader {
    struct Totals: Equatable {
        var visits = 0
        var pv = 0
        var staySeconds: Int64 = 0

        static func + (a: Totals, b: Totals) -> Totals {
            Totals(visits: VisitMinuteReader.sum(a.visits, b.visits), pv: VisitMinuteReader.sum(a.pv, b.pv), staySeconds: a.staySeconds.addingSaturated(b.staySeconds))
        }
    }

    static func totals(_ db: Database, _ window: TimeWindow) throws -> Totals {
        try split(db, window, rollup: { from, to in
            try totals(db, sql: """
                SELECT CAST(total(visits) AS INTEGER), CAST(total(pv) AS INTEGER), CAST(total(stay_s) AS INTEGER)
                FROM rollup_visit_minute WHERE minute >= ? AND minute < ?
                """, from, to)
        }, rows: { from, to in
            try totals(db, sql: """
                SELECT count(*), CAST(total(pages) AS INTEGER), CAST(total(duration_s) AS INTEGER)
                FROM visits WHERE started_at >= ? AND started_at < ?
                """, from, to)
        }, +)
    }

    static func newVisitors(_ db: Database, _ window: TimeWindow) throws -> Int {
        try split(db, window, rollup: { from, to in
            try Int.fetchOne(db, sql: """
                SELECT CAST(total(day_new) AS INTEGER) FROM rollup_reach WHERE kind = ? AND minute >= ? AND minute < ?
                """, arguments: [NewVisitorReach.name, from, to]) ?? 0
        }, rows: { from, to in
            // A visitor first seen in the stretch has a visit that started then.
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM visitors
                WHERE visitor IN (SELECT visitor FROM visits WHERE started_at >= ? AND started_at < ?)
                AND first_seen_at >= ? AND first_seen_at < ?
                """, arguments: [from, to, from, to]) ?? 0
        }, sum)
    }

    /// The window's whole minutes from `rollup`, its partial edges from `rows`; all of it from
    /// `rows` on a store without the minute rollups.
    private static func split<T>(_ db: Database, _ window: TimeWindow, rollup: (Int64, Int64) throws -> T,
                                 rows: (Int64, Int64) throws -> T, _ add: (T, T) -> T) throws -> T {
        guard try ReachRollup.isKept(db) else { return try rows(window.start, window.end) }
        let innerStart = QuerySupport.ceil(window.start, to: 60)
        let innerEnd = QuerySupport.floor(window.end, to: 60)
        guard innerStart < innerEnd else { return try rows(window.start, window.end) }
        var out = try rollup(innerStart, innerEnd)
        if window.start < innerStart { out = add(out, try rows(window.start, innerStart)) }
        if innerEnd < window.end { out = add(out, try rows(innerEnd, window.end)) }
        return out
    }

    /// Counts read back from the store, added without trapping at Int's ends.
    static func sum(_ a: Int, _ b: Int) -> Int { Int(Int64(a).addingSaturated(Int64(b))) }

    private static func totals(_ db: Database, sql: String, _ from: Int64, _ to: Int64) throws -> Totals {
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [from, to]) else { return Totals() }
        return Totals(visits: row[0], pv: row[1], staySeconds: row[2])
    }
}
