import GRDB
import ShopModel

/// First-seen rows and the per-minute rollups built on them, so that distinct buyers, visitors,
/// carters and orderers of today so far, and visit figures of any stretch, cost a bounded number
/// of rollup rows instead of a day's raw rows.
///
/// - first_seen: one row per shop day, kind and person: when they were first seen that day and a
///   bit per hour of the day they were seen in.
/// - rollup_reach: per kind and minute, `day_new` people whose first time of the day falls in the
///   minute; on the first minute of each hour of a day, `hour_new` people seen in that hour. Kind
///   `new_visitor` counts in `day_new` the visitors first seen ever (visitors.first_seen_at).
/// - rollup_visit_minute: visits, pages and stay seconds of the visits started in each minute.
enum ReachRollup {
    static let migration = "reach-first-seen"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE first_seen (
              day INTEGER NOT NULL,
              kind TEXT NOT NULL,
              who TEXT NOT NULL,
              first_at INTEGER NOT NULL,
              hours INTEGER NOT NULL,
              PRIMARY KEY (day, kind, who)
            ) WITHOUT ROWID;

            CREATE TABLE rollup_reach (
              kind TEXT NOT NULL,
              minute INTEGER NOT NULL,
              day_new INTEGER NOT NULL DEFAULT 0,
              hour_new INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (kind, minute)
            ) WITHOUT ROWID;

            CREATE TABLE rollup_visit_minute (
              minute INTEGER PRIMARY KEY NOT NULL,
              visits INTEGER NOT NULL DEFAULT 0,
              pv INTEGER NOT NULL DEFAULT 0,
              stay_s INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            """)
        try backfill(db, calendar: recordedCalendar(db))
    }

    /// The zone the store's days are counted in (see StoreZone); a store without one has no rows yet.
    private static func recordedCalendar(_ db: Database) throws -> ShopCalendar {
        let recorded = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [StoreZone.metaKey])
        return recorded.flatMap(ShopCalendar.init(identifier:)) ?? .shanghai
    }

    /// Builds the tables from the raw rows, one shop day with rows at a time.
    static func backfill(_ db: Database, calendar: ShopCalendar) throws {
        var cursor = try nextEventTime(db, from: Int64.min)
        while let t = cursor {
            let day = ReachDay(number: calendar.dayNumber(t), calendar: calendar)
            for kind in ReachKind.all {
                try db.execute(sql: """
                    INSERT INTO first_seen (day, kind, who, first_at, hours)
                    SELECT ?, ?, who, first_at, hours FROM (\(kind.firstSeenSQL))
                    """, arguments: [day.number, kind.name, day.start, day.start, day.next])
            }
            try db.execute(sql: """
                INSERT INTO rollup_reach (kind, minute, day_new)
                SELECT kind, first_at - ((first_at % 60) + 60) % 60 AS m, count(*) FROM first_seen
                WHERE day = ? GROUP BY kind, m
                """, arguments: [day.number])
            try db.execute(sql: """
                WITH RECURSIVE h(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM h WHERE i < 62),
                masks AS (SELECT kind, hours, count(*) AS n FROM first_seen WHERE day = ? GROUP BY kind, hours)
                INSERT INTO rollup_reach (kind, minute, hour_new)
                SELECT kind, ? + 3600 * i, CAST(total(n) AS INTEGER) FROM masks JOIN h ON (hours >> i) & 1 = 1
                WHERE true GROUP BY kind, i
                ON CONFLICT (kind, minute) DO UPDATE SET hour_new = hour_new + excluded.hour_new
                """, arguments: [day.number, day.start])
            // At least one second on, so that a time no calendar day holds cannot stop the loop.
            cursor = t < Int64.max ? try nextEventTime(db, from: max(day.next, t + 1)) : nil
        }
        try db.execute(sql: """
            INSERT INTO rollup_reach (kind, minute, day_new)
            SELECT ?, first_seen_at - ((first_seen_at % 60) + 60) % 60 AS m, count(*) FROM visitors
            WHERE true GROUP BY m
            ON CONFLICT (kind, minute) DO UPDATE SET day_new = day_new + excluded.day_new;

            INSERT INTO rollup_visit_minute (minute, visits, pv, stay_s)
            SELECT started_at - ((started_at % 60) + 60) % 60 AS m, count(*), CAST(total(pages) AS INTEGER),
                   CAST(total(duration_s) AS INTEGER)
            FROM visits WHERE true GROUP BY m;
            """, arguments: [NewVisitorReach.name])
    }

    /// The earliest time at or after `from` of any row a first-seen kind counts.
    private static func nextEventTime(_ db: Database, from: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT min(t) FROM (
              SELECT min(paid_at) AS t FROM orders WHERE paid_at >= ?1
              UNION ALL SELECT min(created_at) FROM orders WHERE created_at >= ?1
              UNION ALL SELECT min(at) FROM cart_events WHERE at >= ?1
              UNION ALL SELECT min(started_at) FROM visits WHERE started_at >= ?1
            )
            """, arguments: [from])
    }

    /// Whether the store keeps the tables: a read-only open of a store from before them does not.
    static func isKept(_ db: Database) throws -> Bool {
        try db.tableExists("rollup_reach")
    }
}
