import GRDB

/// The store's tables. Every change to them is a new migration appended at the end; a migration
/// that has shipped is never edited.
enum Schema {
    /// Marks a file as a shopdash store, so that opening some other SQLite file fails cleanly.
    static let applicationID: Int32 = 0x5348_4F50 // "SHOP"

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-core", migrate: createCore)
        m.registerMigration(QueryIndexes.migration, migrate: QueryIndexes.create)
        m.registerMigration(CouponRollup.migration, migrate: CouponRollup.create)
        m.registerMigration(FeedCursor.migration, migrate: FeedCursor.create)
        m.registerMigration(IntegrityLog.migration, migrate: IntegrityLog.create)
        m.registerMigration(CouponOutbox.migration, migrate: CouponOutbox.create)
        m.registerMigration(StoreCounters.migration, migrate: StoreCounters.create)
        m.registerMigration(CouponIssuedCount.migration, migrate: CouponIssuedCount.create)
        m.registerMigration(OrderSearchIndex.migration, migrate: OrderSearchIndex.create)
        m.registerMigration(ParcelStatusCounts.migration, migrate: ParcelStatusCounts.create)
        m.registerMigration(AwaitingShipment.migration, migrate: AwaitingShipment.create)
        m.registerMigration(LiveSessionRollup.migration, migrate: LiveSessionRollup.create)
        m.registerMigration(ReachRollup.migration, migrate: ReachRollup.create)
        m.registerMigration(ChangeMarks.migration, migrate: ChangeMarks.create)
        m.registerMigration(OrderCharIndex.migration, migrate: OrderCharIndex.create)
        m.registerMigration(AwaitingShipmentHours.migration, migrate: AwaitingShipmentHours.create)
        m.registerMigration(UnreadIndexes.migration, migrate: UnreadIndexes.create)
        return m
    }

    /// Migrations a read-only open can do without: readers cope with their tables missing. A
    /// monitoring account that may not write the store keeps checking it after an upgrade.
    static let optionalForReaders: Set<String> = [IntegrityLog.migration, StoreCounters.migration,
                                                   CouponIssuedCount.migration, OrderSearchIndex.migration,
                                                   ParcelStatusCounts.migration, AwaitingShipment.migration,
                                                   LiveSessionRollup.migration, ReachRollup.migration,
                                                   ChangeMarks.migration, OrderCharIndex.migration,
                                                   AwaitingShipmentHours.migration, UnreadIndexes.migration]

    private static func createCore(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (
              key TEXT PRIMARY KEY NOT NULL,
              value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE customers (
              id TEXT PRIMARY KEY NOT NULL,
              nickname TEXT,
              phone TEXT,
              city TEXT,
              first_order_at INTEGER,
              last_order_at INTEGER,
              orders INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;

            -- seq is the live feed's cursor: every new order gets a larger one.
            CREATE TABLE orders (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              out_trade_no TEXT NOT NULL UNIQUE,
              transaction_id TEXT,
              customer TEXT,
              nickname TEXT,
              phone TEXT,
              phone_tail TEXT,
              city TEXT,
              address TEXT,
              created_at INTEGER NOT NULL,
              paid_at INTEGER,
              status TEXT NOT NULL,
              status_at INTEGER NOT NULL,
              total_fen INTEGER NOT NULL,
              discount_fen INTEGER NOT NULL DEFAULT 0,
              paid_fen INTEGER NOT NULL,
              channel TEXT NOT NULL,
              live_session TEXT,
              coupon TEXT,
              items_summary TEXT NOT NULL DEFAULT '',
              remark TEXT
            );
            CREATE INDEX orders_transaction ON orders(transaction_id) WHERE transaction_id IS NOT NULL;
            CREATE INDEX orders_phone_tail ON orders(phone_tail, created_at);
            CREATE INDEX orders_created ON orders(created_at);
            CREATE INDEX orders_paid ON orders(paid_at) WHERE paid_at IS NOT NULL;
            CREATE INDEX orders_customer ON orders(customer, paid_at);
            CREATE INDEX orders_status ON orders(status, paid_at);
            CREATE INDEX orders_live ON orders(live_session, paid_at) WHERE live_session IS NOT NULL;

            CREATE TABLE order_items (
              out_trade_no TEXT NOT NULL,
              line INTEGER NOT NULL,
              sku TEXT NOT NULL,
              name TEXT NOT NULL,
              qty INTEGER NOT NULL,
              unit_fen INTEGER NOT NULL,
              PRIMARY KEY (out_trade_no, line)
            ) WITHOUT ROWID;
            CREATE INDEX order_items_sku ON order_items(sku);

            CREATE TABLE order_status_events (
              out_trade_no TEXT NOT NULL,
              status TEXT NOT NULL,
              at INTEGER NOT NULL,
              PRIMARY KEY (out_trade_no, status, at)
            ) WITHOUT ROWID;
            CREATE INDEX order_status_events_at ON order_status_events(status, at);

            CREATE TABLE refunds (
              refund_no TEXT PRIMARY KEY NOT NULL,
              out_trade_no TEXT NOT NULL,
              wechat_refund_id TEXT,
              amount_fen INTEGER NOT NULL,
              reason TEXT,
              status TEXT NOT NULL,
              requested_at INTEGER NOT NULL,
              succeeded_at INTEGER
            ) WITHOUT ROWID;
            CREATE INDEX refunds_order ON refunds(out_trade_no);
            CREATE INDEX refunds_requested ON refunds(requested_at);
            CREATE INDEX refunds_succeeded ON refunds(succeeded_at) WHERE succeeded_at IS NOT NULL;

            -- The latest state of each parcel; its whole trail is in shipment_events.
            CREATE TABLE shipments (
              tracking_no TEXT PRIMARY KEY NOT NULL,
              out_trade_no TEXT NOT NULL,
              carrier TEXT NOT NULL,
              status TEXT NOT NULL,
              status_at INTEGER NOT NULL,
              first_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX shipments_order ON shipments(out_trade_no);
            CREATE INDEX shipments_status ON shipments(status);

            CREATE TABLE shipment_events (
              tracking_no TEXT NOT NULL,
              status TEXT NOT NULL,
              at INTEGER NOT NULL,
              out_trade_no TEXT NOT NULL,
              carrier TEXT NOT NULL,
              detail TEXT,
              PRIMARY KEY (tracking_no, status, at)
            ) WITHOUT ROWID;
            CREATE INDEX shipment_events_order ON shipment_events(out_trade_no, at);

            -- day is the shop-time day number (ShopCalendar.dayNumber) of started_at.
            CREATE TABLE visits (
              id TEXT PRIMARY KEY NOT NULL,
              visitor TEXT NOT NULL,
              started_at INTEGER NOT NULL,
              day INTEGER NOT NULL,
              duration_s INTEGER NOT NULL,
              pages INTEGER NOT NULL,
              channel TEXT NOT NULL,
              live_session TEXT
            ) WITHOUT ROWID;
            CREATE INDEX visits_started ON visits(started_at);
            CREATE INDEX visits_visitor ON visits(visitor, day);
            CREATE INDEX visits_live ON visits(live_session) WHERE live_session IS NOT NULL;

            -- One row per visitor and shop day they visited: distinct UV and retention come from here.
            CREATE TABLE visitor_days (
              visitor TEXT NOT NULL,
              day INTEGER NOT NULL,
              PRIMARY KEY (visitor, day)
            ) WITHOUT ROWID;
            CREATE INDEX visitor_days_day ON visitor_days(day);

            CREATE TABLE visitors (
              visitor TEXT PRIMARY KEY NOT NULL,
              first_day INTEGER NOT NULL,
              first_seen_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX visitors_first_day ON visitors(first_day);

            CREATE TABLE cart_events (
              id TEXT PRIMARY KEY NOT NULL,
              visitor TEXT NOT NULL,
              at INTEGER NOT NULL,
              sku TEXT NOT NULL,
              qty INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX cart_events_at ON cart_events(at);

            CREATE TABLE coupon_batches (
              batch_id TEXT PRIMARY KEY NOT NULL,
              name TEXT NOT NULL,
              kind TEXT NOT NULL,
              value_fen INTEGER NOT NULL,
              percent_off INTEGER,
              min_spend_fen INTEGER NOT NULL DEFAULT 0,
              quota INTEGER NOT NULL,
              status TEXT NOT NULL,
              starts_at INTEGER NOT NULL,
              ends_at INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE coupons_issued (
              coupon_id TEXT PRIMARY KEY NOT NULL,
              batch_id TEXT NOT NULL,
              customer TEXT NOT NULL,
              at INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX coupons_issued_batch ON coupons_issued(batch_id);

            CREATE TABLE redemptions (
              batch_id TEXT NOT NULL,
              out_trade_no TEXT NOT NULL,
              coupon_id TEXT,
              discount_fen INTEGER NOT NULL,
              at INTEGER NOT NULL,
              PRIMARY KEY (batch_id, out_trade_no)
            ) WITHOUT ROWID;
            CREATE INDEX redemptions_order ON redemptions(out_trade_no);

            CREATE TABLE live_sessions (
              id TEXT PRIMARY KEY NOT NULL,
              title TEXT NOT NULL,
              started_at INTEGER NOT NULL,
              ended_at INTEGER
            ) WITHOUT ROWID;

            CREATE TABLE audit_log (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at INTEGER NOT NULL,
              os_user TEXT NOT NULL,
              ssh_client TEXT,
              role TEXT NOT NULL,
              action TEXT NOT NULL,
              target TEXT NOT NULL,
              before TEXT,
              after TEXT
            );
            CREATE INDEX audit_log_target ON audit_log(target, at);
            CREATE INDEX audit_log_at ON audit_log(at);

            -- Rollups, kept current by every write. minute = Unix seconds of the minute's start.
            CREATE TABLE rollup_minute (
              minute INTEGER NOT NULL,
              channel TEXT NOT NULL,
              paid_orders INTEGER NOT NULL DEFAULT 0,
              gmv_fen INTEGER NOT NULL DEFAULT 0,
              refunds INTEGER NOT NULL DEFAULT 0,
              refund_fen INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (minute, channel)
            ) WITHOUT ROWID;

            -- day = shop-time day number.
            CREATE TABLE rollup_day (
              day INTEGER PRIMARY KEY NOT NULL,
              uv INTEGER NOT NULL DEFAULT 0,
              pv INTEGER NOT NULL DEFAULT 0,
              visits INTEGER NOT NULL DEFAULT 0,
              stay_s INTEGER NOT NULL DEFAULT 0,
              new_visitors INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;

            -- Visitors first seen on cohort_day who came back offset days later.
            CREATE TABLE rollup_cohort (
              cohort_day INTEGER NOT NULL,
              offset INTEGER NOT NULL,
              returned INTEGER NOT NULL DEFAULT 0,
              PRIMARY KEY (cohort_day, offset)
            ) WITHOUT ROWID;
            """)
    }
}
