import GRDB
import ShopModel

/// Paid orders still waiting for a parcel (status `paid`, paid, no shipment), keyed by payment
/// time, so that "oldest first" and "paid before the cutoff" are index ranges over the few orders
/// waiting rather than a walk over every paid order with a lookup in shipments for each.
///
/// Kept by triggers on orders and shipments, in the transaction of the write: an order enters
/// when it is paid, leaves when its status leaves `paid` or its first parcel arrives, and moves
/// with its payment time. Triggers, rather than the writers, because every path that writes
/// those rows (events, imports, repairs by hand) must keep the set exact, and the set needs
/// nothing the row does not carry.
enum AwaitingShipment {
    static let migration = "awaiting-shipment"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE awaiting_shipment (
              paid_at INTEGER NOT NULL,
              out_trade_no TEXT NOT NULL,
              PRIMARY KEY (paid_at, out_trade_no)
            ) WITHOUT ROWID;

            CREATE TRIGGER awaiting_shipment_order_added AFTER INSERT ON orders
            WHEN NEW.status = 'paid' AND NEW.paid_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.out_trade_no = NEW.out_trade_no)
            BEGIN
              INSERT OR IGNORE INTO awaiting_shipment (paid_at, out_trade_no) VALUES (NEW.paid_at, NEW.out_trade_no);
            END;

            CREATE TRIGGER awaiting_shipment_order_changed AFTER UPDATE OF status, paid_at ON orders
            WHEN OLD.status IS NOT NEW.status OR OLD.paid_at IS NOT NEW.paid_at
            BEGIN
              DELETE FROM awaiting_shipment WHERE paid_at = OLD.paid_at AND out_trade_no = OLD.out_trade_no;
              INSERT OR IGNORE INTO awaiting_shipment (paid_at, out_trade_no)
              SELECT NEW.paid_at, NEW.out_trade_no
              WHERE NEW.status = 'paid' AND NEW.paid_at IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.out_trade_no = NEW.out_trade_no);
            END;

            CREATE TRIGGER awaiting_shipment_parcel_added AFTER INSERT ON shipments
            BEGIN
              DELETE FROM awaiting_shipment WHERE out_trade_no = NEW.out_trade_no
                AND paid_at = (SELECT o.paid_at FROM orders o WHERE o.out_trade_no = NEW.out_trade_no);
            END;

            INSERT INTO awaiting_shipment (paid_at, out_trade_no)
            SELECT o.paid_at, o.out_trade_no FROM orders o
            WHERE o.status = 'paid' AND o.paid_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.out_trade_no = o.out_trade_no);
            """)
    }

    /// Whether the store keeps the set: a read-only open of a store from before it does not.
    static func isKept(_ db: Database) throws -> Bool {
        try db.tableExists("awaiting_shipment")
    }

    /// The waiting orders' table, or the same set computed from the raw tables (columns
    /// paid_at and out_trade_no) for a store read before its upgrade.
    static func source(_ db: Database) throws -> String {
        try isKept(db) ? "awaiting_shipment" : rawSet
    }

    /// The set as the raw tables define it.
    static let rawSet = """
        (SELECT o.paid_at, o.out_trade_no FROM orders o
         WHERE o.status = 'paid' AND o.paid_at IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.out_trade_no = o.out_trade_no))
        """
}
