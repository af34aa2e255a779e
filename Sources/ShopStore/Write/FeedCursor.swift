import GRDB

/// The live feed's cursor. `orders.seq` numbers orders once, when they are placed, so a feed that
/// reads past it never learns that an order was paid, shipped or refunded later. `orders.feed_seq`
/// takes the next number of one store-wide count whenever an order is placed and whenever its
/// status or payment time changes (nothing else the feed shows ever changes), in the same statement
/// as the change; a reader that remembers the largest number it has seen finds every order that
/// changed since, once, as it is now.
///
/// The count is the largest `feed_seq` so far, read from its index (`coalesce((SELECT max(feed_seq)
/// FROM orders), 0) + 1` in the write path, one index seek): numbers are handed out in
/// write transactions, which SQLite runs one at a time, and orders are never deleted, so the
/// count never goes back and needs no row of its own to keep in step.
enum FeedCursor {
    static let migration = "v4-feed-cursor"

    static func create(_ db: Database) throws {
        // Until now the feed read seq, so a dashboard's cursor in seq numbers stays valid.
        try db.execute(sql: """
            ALTER TABLE orders ADD COLUMN feed_seq INTEGER NOT NULL DEFAULT 0;
            UPDATE orders SET feed_seq = seq;
            CREATE INDEX orders_feed ON orders(feed_seq);
            """)
    }
}
