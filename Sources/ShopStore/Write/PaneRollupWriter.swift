import GRDB
import ShopModel

/// The logistics and live-session rollups move by deltas folded for the whole transaction
/// (`PaneRollupDeltas`), written by `flushRollups()` with the other rollups.
extension EventWriter {
    /// An order of live session `session` counts as paid at `t` (negative counts take it back).
    func addLiveSale(session: String?, at t: Int64, orders: Int, gmv: Int64) {
        guard let session else { return }
        paneRollups.addLiveSale(session: session, minute: Self.minute(of: t), orders: Int64(orders), gmvFen: gmv)
    }

    /// A visit of live session `session`: its visitor becomes one of the session's viewers the
    /// first time, and is seen from the earliest of their visits, whatever order they arrive in.
    func addLiveViewer(session: String?, visitor: String, at t: Int64) throws {
        guard let session else { return }
        let added = try run("""
            INSERT INTO live_viewers (live_session, visitor, first_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """, [session, visitor, t])
        if added {
            paneRollups.addLiveViewer(session: session)
        } else {
            try run("""
                UPDATE live_viewers SET first_at = ? WHERE live_session = ? AND visitor = ? AND first_at > ?
                """, [t, session, visitor, t])
        }
    }
}
