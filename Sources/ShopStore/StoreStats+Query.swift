import GRDB
import ShopModel

extension ShopStore {
    /// Counts and totals of everything in the store. Paid orders and GMV count every order that
    /// was paid, whatever happened to it later; refunds and their amount count refunds that
    /// succeeded, so both agree with the minute rollups.
    public func stats() throws -> StoreStats {
        try pool.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            func sum(_ sql: String) throws -> Int64 { try Int64.fetchOne(db, sql: sql) ?? 0 }
            let paid = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n, coalesce(sum(paid_fen), 0) AS fen FROM orders WHERE paid_at IS NOT NULL
                """)!
            let refunds = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n, coalesce(sum(amount_fen), 0) AS fen FROM refunds WHERE status = 'succeeded'
                """)!
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
    }

    /// The latest time any event in the store happened. Coupon batch windows are left out:
    /// they are plans, often in the future, not events.
    private func newestEventAt(_ db: Database) throws -> Int64? {
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
