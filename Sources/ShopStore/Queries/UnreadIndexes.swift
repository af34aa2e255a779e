import GRDB

/// Indexes that no query reads, dropped because every order line and every visit paid for them
/// on insert: order lines are only ever looked up by their order, and visitor days by their
/// visitor, both a prefix of the table's primary key.
enum UnreadIndexes {
    static let migration = "drop-unread-indexes"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX IF EXISTS order_items_sku;
            DROP INDEX IF EXISTS visitor_days_day;
            """)
    }
}
