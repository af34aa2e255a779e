import GRDB
import ShopModel

/// Parcels by latest status, kept by the shipment writer in the same transaction as the parcel
/// row: the logistics pane read them by counting every shipment on each refresh.
enum ParcelStatusCounts {
    static let migration = "parcel-status-counts"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE rollup_parcel_status (
              status TEXT PRIMARY KEY NOT NULL,
              parcels INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;

            INSERT INTO rollup_parcel_status (status, parcels)
            SELECT status, count(*) FROM shipments WHERE true GROUP BY status;
            """)
    }

    /// Whether the store keeps the counts: a read-only open of a store from before them does not.
    static func isKept(_ db: Database) throws -> Bool {
        try db.tableExists("rollup_parcel_status")
    }

    /// Parcels by latest status, from the counts where the store keeps them.
    static func read(_ db: Database) throws -> [ShipmentStatus: Int] {
        let sql = try isKept(db) ? "SELECT status, parcels FROM rollup_parcel_status"
            : "SELECT status, count(*) FROM shipments GROUP BY status"
        var byStatus: [ShipmentStatus: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql) {
            let n: Int = row[1]
            if n != 0, let status = (row[0] as String?).flatMap(ShipmentStatus.init(rawValue:)) {
                byStatus[status, default: 0] += n
            }
        }
        return byStatus
    }

    /// Counted from the parcels themselves, for `check --deep`: one pass over the status index.
    static func recount(_ db: Database) throws -> [String: Int64] {
        var out: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT status, count(*) FROM shipments GROUP BY status") {
            out[row[0]] = row[1]
        }
        return out
    }

    static func stored(_ db: Database) throws -> [String: Int64] {
        guard try isKept(db) else { return try recount(db) }
        var out: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT status, parcels FROM rollup_parcel_status") {
            out[row[0]] = row[1]
        }
        return out
    }
}
