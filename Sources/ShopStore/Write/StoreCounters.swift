import GRDB
import ShopModel

/// Whole-store counts and totals, kept by the write path in the same transaction as the rows they
/// count, so that `stats` reads a dozen rows instead of counting tables of millions.
enum StoreCounters {
    static let migration = "store-counters"

    enum Name: String, CaseIterable {
        case orders
        case paidOrders = "paid_orders"
        case paidFen = "paid_fen"
        case customers
        case visits
        case couponsIssued = "coupons_issued"
        case redemptions
        case refunds
        case refundFen = "refund_fen"
        case shipments
        /// The latest event time ever accepted (a maximum, not a sum).
        case newestEventAt = "newest_event_at"
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE store_counters (
              name TEXT PRIMARY KEY NOT NULL,
              value INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
        try backfill(db)
    }

    /// Counts what a store held before the counters existed.
    static func backfill(_ db: Database) throws {
        let counted = try ShopStore.countStats(db)
        var values: [(Name, Int64)] = [
            (.orders, Int64(counted.orders)), (.paidOrders, Int64(counted.paidOrders)), (.paidFen, counted.gmv.fen),
            (.customers, Int64(counted.customers)), (.visits, Int64(counted.visits)),
            (.couponsIssued, Int64(counted.couponsIssued)), (.redemptions, Int64(counted.redemptions)),
            (.refunds, Int64(counted.refunds)), (.refundFen, counted.refundAmount.fen),
            (.shipments, Int64(counted.shipments)),
        ]
        if let newest = counted.newestEventAt { values.append((.newestEventAt, newest)) }
        for (name, value) in values {
            try db.execute(sql: "INSERT INTO store_counters (name, value) VALUES (?, ?)", arguments: [name.rawValue, value])
        }
    }

    /// Adds the deltas of one transaction, and raises the newest event time if it moved.
    static func add(_ deltas: [Name: Int64], newest: Int64?, _ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO store_counters (name, value) VALUES (?, ?)
            ON CONFLICT (name) DO UPDATE SET value = value + excluded.value
            """)
        for (name, delta) in deltas where delta != 0 {
            try upsert.execute(arguments: [name.rawValue, delta])
        }
        if let newest {
            try db.cachedStatement(sql: """
                INSERT INTO store_counters (name, value) VALUES ('newest_event_at', ?)
                ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)
                """).execute(arguments: [newest])
        }
    }

    static func read(_ db: Database) throws -> [Name: Int64] {
        var out: [Name: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, value FROM store_counters") {
            if let name = Name(rawValue: row[0]) { out[name] = row[1] }
        }
        return out
    }
}

extension ShopEvent {
    /// The latest time this event says something happened, as `stats` reports the newest event.
    /// Coupon batch windows are plans, often in the future, not events.
    var latestTime: Int64? {
        switch self {
        case .order(let o): [o.createdAt, o.paidAt ?? o.createdAt].max()
        case .orderStatus(let s): s.at
        case .refund(let r): max(r.requestedAt, r.succeededAt ?? r.requestedAt)
        case .shipment(let s): s.at
        case .visit(let v): v.startedAt
        case .addToCart(let c): c.at
        case .couponBatch: nil
        case .couponIssued(let c): c.at
        case .couponRedeemed(let r): r.at
        case .liveSession(let l): max(l.startedAt, l.endedAt ?? l.startedAt)
        }
    }
}
