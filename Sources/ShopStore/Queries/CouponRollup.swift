import GRDB

/// Redemptions, discount and the paid amount of redeemed orders per coupon batch, kept by
/// triggers in the same transaction as the rows they add up. Summing them afresh joins every
/// redemption to its order, which on a store of a million orders takes most of a second, and the
/// overview shows coupons at every tick.
enum CouponRollup {
    static let migration = "v3-coupon-rollup"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE rollup_coupon (
              batch_id TEXT PRIMARY KEY NOT NULL,
              redeemed INTEGER NOT NULL DEFAULT 0,
              discount_fen INTEGER NOT NULL DEFAULT 0,
              gmv_fen INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;

            -- A redemption counts at once; its order's paid amount once the order is paid.
            CREATE TRIGGER rollup_coupon_redeemed AFTER INSERT ON redemptions
            BEGIN
              INSERT INTO rollup_coupon (batch_id, redeemed, discount_fen, gmv_fen)
              VALUES (NEW.batch_id, 1, NEW.discount_fen,
                      coalesce((SELECT paid_fen FROM orders WHERE out_trade_no = NEW.out_trade_no AND paid_at IS NOT NULL), 0))
              ON CONFLICT (batch_id) DO UPDATE SET
                redeemed = redeemed + 1,
                discount_fen = discount_fen + excluded.discount_fen,
                gmv_fen = gmv_fen + excluded.gmv_fen;
            END;

            CREATE TRIGGER rollup_coupon_paid AFTER UPDATE OF paid_at ON orders
            WHEN OLD.paid_at IS NULL AND NEW.paid_at IS NOT NULL
            BEGIN
              UPDATE rollup_coupon SET gmv_fen = gmv_fen + NEW.paid_fen
              WHERE batch_id IN (SELECT batch_id FROM redemptions WHERE out_trade_no = NEW.out_trade_no);
            END;
            """)
        try backfill(db)
    }

    /// Adds up what the store held before the triggers existed.
    static func backfill(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO rollup_coupon (batch_id, redeemed, discount_fen, gmv_fen)
            SELECT r.batch_id, count(*), CAST(total(r.discount_fen) AS INTEGER),
                   CAST(total(CASE WHEN o.paid_at IS NOT NULL THEN o.paid_fen END) AS INTEGER)
            FROM redemptions r LEFT JOIN orders o ON o.out_trade_no = r.out_trade_no
            GROUP BY r.batch_id
            """)
    }
}
