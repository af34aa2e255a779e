import GRDB

/// The orders waiting for a parcel counted by the hour they were paid in, kept by triggers on
/// `awaiting_shipment` itself. A shop that falls behind (or never reports its parcels) has
/// hundreds of thousands of orders waiting, and counting them on every refresh would cost what
/// the store holds: whole hours now come from here, and only the part hours at the edges of a
/// window from the waiting orders themselves.
enum AwaitingShipmentHours {
    static let migration = "awaiting-shipment-hours"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE rollup_awaiting_hour (
              hour INTEGER PRIMARY KEY NOT NULL,
              orders INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;

            CREATE TRIGGER rollup_awaiting_hour_added AFTER INSERT ON awaiting_shipment
            BEGIN
              INSERT INTO rollup_awaiting_hour (hour, orders)
              VALUES (NEW.paid_at - ((NEW.paid_at % 3600) + 3600) % 3600, 1)
              ON CONFLICT (hour) DO UPDATE SET orders = orders + 1;
            END;

            CREATE TRIGGER rollup_awaiting_hour_removed AFTER DELETE ON awaiting_shipment
            BEGIN
              UPDATE rollup_awaiting_hour SET orders = orders - 1
              WHERE hour = OLD.paid_at - ((OLD.paid_at % 3600) + 3600) % 3600;
            END;

            INSERT INTO rollup_awaiting_hour (hour, orders)
            SELECT paid_at - ((paid_at % 3600) + 3600) % 3600 AS hour, count(*) FROM awaiting_shipment
            WHERE true GROUP BY hour;
            """)
    }

    static func isKept(_ db: Database) throws -> Bool {
        try db.tableExists("rollup_awaiting_hour")
    }

    /// Orders waiting whose payment time is in [from, to) (from the first when `from` is nil):
    /// the whole hours inside from the hour counts, the part hours at either end from the
    /// waiting orders' own index. Summed by SQLite, which fails rather than overflows.
    static func count(_ db: Database, paidFrom from: Int64?, to: Int64) throws -> Int {
        guard try isKept(db) else {
            return try Int.fetchOne(db, sql: """
                SELECT count(*) FROM \(AwaitingShipment.source(db)) WHERE paid_at >= ? AND paid_at < ?
                """, arguments: [from ?? Int64.min, to]) ?? 0
        }
        let lastHour = QuerySupport.floor(to, to: 3_600)
        let firstHour = min(from.map { QuerySupport.ceil($0, to: 3_600) } ?? Int64.min, lastHour)
        return try Int.fetchOne(db, sql: """
            SELECT (SELECT coalesce(sum(orders), 0) FROM rollup_awaiting_hour WHERE hour >= :firstHour AND hour < :lastHour)
              + (SELECT count(*) FROM awaiting_shipment WHERE paid_at >= :from AND paid_at < :firstHour)
              + (SELECT count(*) FROM awaiting_shipment WHERE paid_at >= max(:lastHour, :from) AND paid_at < :to)
            """, arguments: ["firstHour": firstHour, "lastHour": lastHour, "from": from ?? Int64.min, "to": to]) ?? 0
    }
}
