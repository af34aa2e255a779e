import GRDB
import ShopModel

extension ShopStore {
    /// Counts and totals of everything in the store. Paid orders and GMV count every order that
    /// was paid, whatever happened to it later; refunds and their amount count refunds that
    /// succeeded, so both agree with the minute rollups. Read from the store counters, which the
    /// write path keeps; coupon batches are few and counted.
    public func stats() throws -> StoreStats {
        try pool.read { db in
            // A read-only open of a store upgraded by nobody yet has no counters: count instead.
            guard try db.tableExists("store_counters") else { return try Self.countStats(db) }
            let c = try StoreCounters.read(db)
            func n(_ name: StoreCounters.Name) -> Int { Int(clamping: c[name] ?? 0) }
            return StoreStats(
                orders: n(.orders), paidOrders: n(.paidOrders), gmv: Money(fen: c[.paidFen] ?? 0),
                customers: n(.customers), visits: n(.visits),
                couponBatches: try Int.fetchOne(db, sql: "SELECT count(*) FROM coupon_batches") ?? 0,
                couponsIssued: n(.couponsIssued), redemptions: n(.redemptions),
                refunds: n(.refunds), refundAmount: Money(fen: c[.refundFen] ?? 0), shipments: n(.shipments),
                newestEventAt: c[.newestEventAt])
        }
    }

    /// The same figures counted from the tables themselves: what the counters must equal.
    func countedStats() throws -> StoreStats {
        try pool.read { db in try Self.countStats(db) }
    }

    static func countStats(_ db: Database) throws -> StoreStats {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        // Amounts add up through total(), see QuerySupport. An aggregate always returns one row; a
        // damaged file that does not is an error, not a trap.
        guard let paid = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n, CAST(total(paid_fen) AS INTEGER) AS fen FROM orders WHERE paid_at IS NOT NULL
                """),
              let refunds = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n, CAST(total(amount_fen) AS INTEGER) AS fen FROM refunds WHERE status = 'succeeded'
                """) else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "an aggregate returned no row") }
        return StoreStats(
            orders: try count("SELECT count(*) FROM orders"),
            paidOrders: paid["n"],
            gmv: Money(fen: paid["fen"]),
            customers: try count("SELECT count(*) FROM customers"),
            visits: try count("SELECT count(*) FROM visits"),
            couponBatches: try count("SELECT count(*) FROM coupon_batches"),
            couponsIssued: try count("SELECT count(*) FROM coupons_issued"),
            redemptions: try count("SELECT count(*) FROM redemptions"),
            refunds: refunds["n"],
            refundAmount: Money(fen: refunds["fen"]),
            shipments: try count("SELECT count(*) FROM shipments"),
            newestEventAt: try newestEventAt(db))
    }

    /// The latest time any event in the store happened. Coupon batch windows are left out:
    /// they are plans, often in the future, not events.
    private static func newestEventAt(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: """
            SELECT max(t) FROM (
              SELECT max(created_at) AS t FROM orders
              UNION ALL SELECT max(paid_at) FROM orders
              UNION ALL SELECT max(at) FROM order_status_events
              UNION ALL SELECT max(requested_at) FROM refunds
              UNION ALL SELECT max(succeeded_at) FROM refunds
              UNION ALL SELECT max(at) FROM shipment_events
              UNION ALL SELECT max(started_at) FROM visits
              UNION ALL SELECT max(at) FROM cart_events
              UNION ALL SELECT max(at) FROM coupons_issued
              UNION ALL SELECT max(at) FROM redemptions
              UNION ALL SELECT max(started_at) FROM live_sessions
              UNION ALL SELECT max(ended_at) FROM live_sessions
            )
            """)
    }
}
