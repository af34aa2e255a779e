import GRDB
import ShopModel

extension EventWriter {
    /// A live session as announced, or its end. An event without an end never erases one that is
    /// already known, so a replayed "started" line cannot reopen a finished session.
    func applyLiveSession(_ l: LiveSessionRecord) throws -> ApplyResult {
        let changed = try run("""
            INSERT INTO live_sessions (id, title, started_at, ended_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
              title = excluded.title,
              started_at = excluded.started_at,
              ended_at = coalesce(excluded.ended_at, ended_at)
            WHERE (title, started_at, ended_at)
              IS NOT (excluded.title, excluded.started_at, coalesce(excluded.ended_at, ended_at))
            """, [l.id, l.title, l.startedAt, l.endedAt])
        return changed ? .accepted : .duplicate
    }
}
