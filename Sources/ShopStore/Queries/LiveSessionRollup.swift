import GRDB

/// A live session's sales per minute and its distinct viewers, kept by the order and visit
/// writers in the same transaction as the rows they count. The live pane grouped every order of
/// each session by minute and counted the distinct visitors of its visits on every refresh: a
/// 240,000-order session made that a 240,000-row scan per session per tick.
///
/// - rollup_live_minute: orders and GMV by the minute they were paid, per session.
/// - live_viewers: each visitor of a session with their earliest visit (first-seen), so that a
///   late visit of a known viewer changes no count and an earlier one only moves `first_at`.
/// - rollup_live_session: the number of a session's viewers.
enum LiveSessionRollup {
    static let migration = "live-session-rollup"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE rollup_live_minute (
              live_session TEXT NOT NULL,
              minute INTEGER NOT NULL,
              orders INTEGER NOT NULL DEFAULT 0,
              gmv_fen INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (live_session, minute)
            ) WITHOUT ROWID;

            CREATE TABLE live_viewers (
              live_session TEXT NOT NULL,
              visitor TEXT NOT NULL,
              first_at INTEGER NOT NULL,
              PRIMARY KEY (live_session, visitor)
            ) WITHOUT ROWID;
            CREATE INDEX live_viewers_first ON live_viewers(live_session, first_at);

            CREATE TABLE rollup_live_session (
              live_session TEXT PRIMARY KEY NOT NULL,
              viewers INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;

            INSERT INTO rollup_live_minute (live_session, minute, orders, gmv_fen)
            SELECT live_session, paid_at - ((paid_at % 60) + 60) % 60 AS minute, count(*), sum(paid_fen)
            FROM orders WHERE live_session IS NOT NULL AND paid_at IS NOT NULL
            GROUP BY live_session, minute;

            INSERT INTO live_viewers (live_session, visitor, first_at)
            SELECT live_session, visitor, min(started_at) FROM visits WHERE live_session IS NOT NULL
            GROUP BY live_session, visitor;

            INSERT INTO rollup_live_session (live_session, viewers)
            SELECT live_session, count(*) FROM live_viewers WHERE true GROUP BY live_session;
            """)
    }

    /// Whether the store keeps the rollup: a read-only open of a store from before it does not.
    static func isKept(_ db: Database) throws -> Bool {
        try db.tableExists("rollup_live_session")
    }
}
