import GRDB

/// Coupons issued per batch, counted in rollup_coupon by a trigger in the same transaction as the
/// issue. `check` and the coupon pane read it instead of counting a batch's coupons_issued rows,
/// which grow with every coupon handed out (a million-coupon batch took a million-row count).
enum CouponIssuedCount {
    static let migration = "coupon-issued-count"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE rollup_coupon ADD COLUMN issued INTEGER NOT NULL DEFAULT 0;

            CREATE TRIGGER rollup_coupon_issued AFTER INSERT ON coupons_issued
            BEGIN
              INSERT INTO rollup_coupon (batch_id, issued) VALUES (NEW.batch_id, 1)
              ON CONFLICT (batch_id) DO UPDATE SET issued = issued + 1;
            END;

            INSERT INTO rollup_coupon (batch_id, issued)
            SELECT batch_id, count(*) FROM coupons_issued WHERE true GROUP BY batch_id
            ON CONFLICT (batch_id) DO UPDATE SET issued = excluded.issued;
            """)
    }

    /// Whether the store has the count: a read-only open of a store from before it has not.
    static func isKept(_ db: Database) throws -> Bool {
        try db.columns(in: "rollup_coupon").contains { $0.name == "issued" }
    }

    /// The SQL expression for the issued coupons of the batch `batch` names (a column of the
    /// query), from `rollup`'s count where the store keeps it.
    static func expression(_ db: Database, batch: String, rollup: String) throws -> String {
        try isKept(db) ? "coalesce(\(rollup).issued, 0)"
            : "(SELECT count(*) FROM coupons_issued i WHERE i.batch_id = \(batch))"
    }
}
