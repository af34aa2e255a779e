import GRDB
import ShopModel

extension ShopStore {
    /// At most this many minutes (the latest) of a session are charted.
    public static let liveChartMinutes = 1_440

    /// The newest live sessions that started by `now`, newest first, each with its sales per
    /// minute from its start to its end (or to `now` while it runs), peak minute, viewers
    /// (distinct visitors of visits tagged with the session) and GMV.
    public func liveSessions(now: Int64, limit: Int) throws -> [LiveSessionStats] {
        try pool.read { db in
            let sessions = try Row.fetchAll(db, sql: """
                SELECT id, title, started_at, ended_at FROM live_sessions
                WHERE started_at <= ? ORDER BY started_at DESC, id LIMIT ?
                """, arguments: [now, limit])
            let kept = try LiveSessionRollup.isKept(db)
            return try sessions.map { row in
                let id: String = row[0]
                let started: Int64 = row[2]
                let ended: Int64? = row[3]
                let last = min(ended ?? now, now)
                let startMinute = QuerySupport.floor(started, to: 60)
                let lastMinute = max(startMinute, QuerySupport.floor(last, to: 60))
                // A session left open for days would otherwise chart thousands of empty minutes.
                let firstMinute = max(startMinute, lastMinute - Int64(Self.liveChartMinutes - 1) * 60)
                var perMinute = stride(from: firstMinute, through: lastMinute, by: 60).map {
                    SalesPoint(start: $0, gmv: .zero, orders: 0)
                }
                var gmv = Money.zero, orders = 0
                let sales = try kept ? Self.liveSales(db, session: id, now: now) : Self.liveSalesCounted(db, session: id, now: now)
                for (minute, count, fen) in sales {
                    gmv += Money(fen: fen); orders += count
                    // Orders paid after the session ended still count towards it; the chart
                    // shows only the session's own minutes.
                    if minute >= firstMinute && minute <= lastMinute {
                        let i = Int((minute - firstMinute) / 60)
                        perMinute[i].gmv += Money(fen: fen); perMinute[i].orders += count
                    }
                }
                let viewers = try kept ? Self.liveViewers(db, session: id, now: now)
                    : Int.fetchOne(db, sql: """
                        SELECT count(DISTINCT visitor) FROM visits WHERE live_session = ? AND started_at <= ?
                        """, arguments: [id, now]) ?? 0
                var peak: SalesPoint?
                for p in perMinute where p.gmv > .zero && p.gmv > (peak?.gmv ?? .zero) { peak = p }
                return LiveSessionStats(id: id, title: row[1], startedAt: started, endedAt: ended, gmv: gmv,
                                        orders: orders, viewers: viewers, perMinute: perMinute, peak: peak)
            }
        }
    }

    /// A session's paid orders and GMV by minute up to `now`: whole minutes from the rollup, and
    /// the current minute, which the rollup also holds orders paid after `now` in, from the
    /// orders themselves (one minute of one session's index range).
    private static func liveSales(_ db: Database, session: String, now: Int64) throws -> [(Int64, Int, Int64)] {
        let currentMinute = QuerySupport.floor(now, to: 60)
        var out = try Row.fetchAll(db, sql: """
            SELECT minute, orders, gmv_fen FROM rollup_live_minute WHERE live_session = ? AND minute < ?
            """, arguments: [session, currentMinute]).map { row -> (Int64, Int, Int64) in (row[0], row[1], row[2]) }
        if let row = try Row.fetchOne(db, sql: """
            SELECT count(*), CAST(total(paid_fen) AS INTEGER) FROM orders
            WHERE live_session = ? AND paid_at >= ? AND paid_at <= ?
            """, arguments: [session, currentMinute, now]), (row[0] as Int) > 0 {
            out.append((currentMinute, row[0], row[1]))
        }
        return out
    }

    /// The same from the orders, for a store read before the rollup existed.
    private static func liveSalesCounted(_ db: Database, session: String, now: Int64) throws -> [(Int64, Int, Int64)] {
        try Row.fetchAll(db, sql: """
            SELECT paid_at - ((paid_at % 60) + 60) % 60 AS minute, count(*), CAST(total(paid_fen) AS INTEGER) FROM orders
            WHERE live_session = ? AND paid_at IS NOT NULL AND paid_at <= ?
            GROUP BY minute
            """, arguments: [session, now]).map { row in (row[0], row[1], row[2]) }
    }

    /// A session's viewers seen by `now`: its count, less the viewers first seen after `now`
    /// (an index range that is empty unless `now` is in the past).
    private static func liveViewers(_ db: Database, session: String, now: Int64) throws -> Int {
        let all = try Int.fetchOne(db, sql: "SELECT viewers FROM rollup_live_session WHERE live_session = ?",
                                   arguments: [session]) ?? 0
        let later = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM live_viewers WHERE live_session = ? AND first_at > ?
            """, arguments: [session, now]) ?? 0
        let (viewers, overflow) = all.subtractingReportingOverflow(later)
        return overflow ? 0 : max(0, viewers)
    }
}
