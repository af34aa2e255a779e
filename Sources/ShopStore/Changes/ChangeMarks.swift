import GRDB
import ShopModel

/// One counter per kind of change, raised by every write transaction for the kinds it touched, in
/// that transaction. A dashboard that sees the store change reads these few rows to reload only
/// the figures the change can affect.
enum ChangeMarks {
    static let migration = "change-marks"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE change_marks (
              kind TEXT PRIMARY KEY NOT NULL,
              marks INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
    }

    static func mark(_ kinds: Set<StoreChange>, _ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO change_marks (kind, marks) VALUES (?, 1)
            ON CONFLICT (kind) DO UPDATE SET marks = marks + 1
            """)
        for kind in kinds { try upsert.execute(arguments: [kind.rawValue]) }
    }

    /// Empty for a store that does not keep them yet (a read-only open before the upgrade): every
    /// change then looks like an unknown one, and a reader reloads everything.
    static func read(_ db: Database) throws -> StoreChangeMarks {
        guard try db.tableExists("change_marks") else { return StoreChangeMarks() }
        var counts: [StoreChange: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT kind, marks FROM change_marks") {
            if let kind = (row[0] as String?).flatMap(StoreChange.init(rawValue:)) { counts[kind] = row[1] }
        }
        return StoreChangeMarks(counts)
    }
}

extension ShopStore {
    /// How often each kind of change has been committed so far.
    public func changeMarks() throws -> StoreChangeMarks {
        try pool.read { db in try ChangeMarks.read(db) }
    }
}
