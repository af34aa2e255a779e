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
                let sales = try Row.fetchCursor(db, sql: """
                    SELECT paid_at / 60 * 60 AS minute, count(*), CAST(total(paid_fen) AS INTEGER) FROM orders
                    WHERE live_session = ? AND paid_at IS NOT NULL AND paid_at <= ?
                    GROUP BY minute
                    """, arguments: [id, now])
                var gmv = Money.zero, orders = 0
                while let s = try sales.next() {
                    let minute: Int64 = s[0]
                    let count: Int = s[1]
                    let fen: Int64 = s[2]
                    gmv += Money(fen: fen); orders += count
                    // Orders paid after the session ended still count towards it; the chart
                    // shows only the session's own minutes.
                    if minute >= firstMinute && minute <= lastMinute {
                        let i = Int((minute - firstMinute) / 60)
                        perMinute[i].gmv += Money(fen: fen); perMinute[i].orders += count
                    }
                }
                let viewers = try Int.fetchOne(db, sql: """
                    SELECT count(DISTINCT visitor) FROM visits WHERE live_session = ? AND started_at <= ?
                    """, arguments: [id, now]) ?? 0
                let peak = perMinute.reduce(nil as SalesPoint?) { best, p in
                    p.gmv > .zero && (best == nil || p.gmv > best!.gmv) ? p : best
                }
                return LiveSessionStats(id: id, title: row[1], startedAt: started, endedAt: ended, gmv: gmv,
                                        orders: orders, viewers: viewers, perMinute: perMinute, peak: peak)
            }
        }
    }
}
