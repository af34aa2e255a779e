import GRDB
import ShopModel

/// What one write transaction adds to the logistics and live-session rollups, folded in memory
/// and written once at its end, like `RollupDeltas`. A batch of a thousand parcel events moves a
/// handful of status counts; a live session's thousand orders land in a few of its minutes.
final class PaneRollupDeltas {
    struct LiveMinuteKey: Hashable {
        let session: String
        let minute: Int64
    }

    struct LiveMinuteDelta {
        var orders: Int64 = 0
        var gmvFen: Int64 = 0
    }

    private(set) var parcels: [String: Int64] = [:]
    private(set) var liveMinutes: [LiveMinuteKey: LiveMinuteDelta] = [:]
    private(set) var liveViewers: [String: Int64] = [:]

    /// A parcel's latest status moved from `old` (nil for a new parcel) to `new`.
    func moveParcel(from old: String?, to new: String) {
        guard old != new else { return }
        if let old { parcels[old, default: 0] -= 1 }
        parcels[new, default: 0] += 1
    }

    func addLiveSale(session: String, minute: Int64, orders: Int64, gmvFen: Int64) {
        liveMinutes[LiveMinuteKey(session: session, minute: minute), default: LiveMinuteDelta()].orders += orders
        liveMinutes[LiveMinuteKey(session: session, minute: minute), default: LiveMinuteDelta()].gmvFen += gmvFen
    }

    func addLiveViewer(session: String) {
        liveViewers[session, default: 0] += 1
    }

    func flush(_ db: Database) throws {
        if !parcels.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_parcel_status (status, parcels) VALUES (?, ?)
                ON CONFLICT (status) DO UPDATE SET parcels = parcels + excluded.parcels
                """)
            for (status, delta) in parcels where delta != 0 {
                try upsert.execute(arguments: [status, delta])
                if delta < 0 { try RollupDeltas.dropEmptied(db, "rollup_parcel_status", ["parcels"], key: ["status": status]) }
            }
        }
        if !liveMinutes.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_live_minute (live_session, minute, orders, gmv_fen) VALUES (?, ?, ?, ?)
                ON CONFLICT (live_session, minute) DO UPDATE SET
                  orders = orders + excluded.orders,
                  gmv_fen = gmv_fen + excluded.gmv_fen
                """)
            for (key, d) in liveMinutes where d.orders != 0 || d.gmvFen != 0 {
                try upsert.execute(arguments: [key.session, key.minute, d.orders, d.gmvFen])
                if d.orders < 0 || d.gmvFen < 0 {
                    try RollupDeltas.dropEmptied(db, "rollup_live_minute", ["orders", "gmv_fen"],
                                                 key: ["live_session": key.session, "minute": key.minute])
                }
            }
        }
        if !liveViewers.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_live_session (live_session, viewers) VALUES (?, ?)
                ON CONFLICT (live_session) DO UPDATE SET viewers = viewers + excluded.viewers
                """)
            for (session, delta) in liveViewers where delta != 0 {
                try upsert.execute(arguments: [session, delta])
                if delta < 0 { try RollupDeltas.dropEmptied(db, "rollup_live_session", ["viewers"], key: ["live_session": session]) }
            }
        }
        parcels = [:]
        liveMinutes = [:]
        liveViewers = [:]
    }
}
