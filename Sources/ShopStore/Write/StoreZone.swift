import GRDB
import ShopModel

/// The time zone a store's days are counted in. Day numbers are written into visits and the day
/// rollups, so a store keeps the zone it was created with: mixing zones would split one shop
/// day across two rows. A different zone asked for later is ignored in favour of the recorded one.
enum StoreZone {
    static let metaKey = "time_zone"

    /// Records `requested` in a store that has no zone yet, and returns the calendar of the zone
    /// the store actually uses.
    static func resolve(_ pool: DatabasePool, requested: ShopCalendar, readOnly: Bool) throws -> ShopCalendar {
        let recorded: String?
        if readOnly {
            recorded = try pool.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [metaKey])
            }
        } else {
            recorded = try pool.write { db in
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING",
                               arguments: [metaKey, requested.timeZone.identifier])
                return try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [metaKey])
            }
        }
        guard let recorded, recorded != requested.timeZone.identifier else { return requested }
        guard let calendar = ShopCalendar(identifier: recorded) else {
            throw StoreError.invalid("the store's recorded time zone '\(recorded)' is unknown on this system")
        }
        return calendar
    }
}
