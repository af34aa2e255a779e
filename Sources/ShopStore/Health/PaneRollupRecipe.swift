import GRDB
import ShopModel

/// How the logistics and live-session rollups follow from the raw tables, for `check --deep`.
/// Live minutes and the waiting orders are bounded by the range [start, end) like the other
/// rollups; a session's viewers by the sessions visited in the range's days. Parcels by status
/// are whole-store counts with no time to bound them: recounting them is one pass over the
/// shipments' status index, which a deep check can afford and a refresh could not.
enum PaneRollupRecipe {
    typealias Put = (String, RollupRowKey, [Int64]) -> Void

    static let columns: [String: [String]] = [
        "rollup_live_minute": ["orders", "gmv_fen"],
        "rollup_live_session": ["viewers"],
        "rollup_parcel_status": ["parcels"],
        "awaiting_shipment": ["orders"],
    ]

    static func recompute(_ db: Database, start: Int64, end: Int64, days: ClosedRange<Int64>, _ put: Put) throws {
        for row in try Row.fetchAll(db, sql: """
            SELECT live_session, paid_at - ((paid_at % 60) + 60) % 60 AS minute, count(*), CAST(total(paid_fen) AS INTEGER)
            FROM orders WHERE paid_at >= ? AND paid_at < ? AND live_session IS NOT NULL
            GROUP BY live_session, minute
            """, arguments: [start, end]) {
            put("rollup_live_minute", .liveMinute(row[1], row[0]), [row[2], row[3]])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT live_session, count(DISTINCT visitor) FROM visits
            WHERE live_session IN (\(sessionsSQL)) GROUP BY live_session
            """, arguments: [days.lowerBound, days.upperBound]) {
            put("rollup_live_session", .liveSession(row[0]), [row[1]])
        }
        for (status, parcels) in try ParcelStatusCounts.recount(db) {
            put("rollup_parcel_status", .parcelStatus(status), [parcels])
        }
        try awaitingByHour(db, from: AwaitingShipment.rawSet, start: start, end: end, put)
    }

    static func stored(_ db: Database, start: Int64, end: Int64, days: ClosedRange<Int64>, _ put: Put) throws {
        if try LiveSessionRollup.isKept(db) {
            for row in try Row.fetchAll(db, sql: """
                SELECT live_session, minute, orders, gmv_fen FROM rollup_live_minute WHERE minute >= ? AND minute < ?
                """, arguments: [start, end]) {
                put("rollup_live_minute", .liveMinute(row[1], row[0]), [row[2], row[3]])
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT live_session, viewers FROM rollup_live_session WHERE live_session IN (\(sessionsSQL))
                """, arguments: [days.lowerBound, days.upperBound]) {
                put("rollup_live_session", .liveSession(row[0]), [row[1]])
            }
        } else {
            // A store read before its upgrade has no live rollup: it then compares equal by construction.
            try recompute(db, start: start, end: end, days: days) { table, key, values in
                if table.hasPrefix("rollup_live_") { put(table, key, values) }
            }
        }
        for (status, parcels) in try ParcelStatusCounts.stored(db) {
            put("rollup_parcel_status", .parcelStatus(status), [parcels])
        }
        if try AwaitingShipmentHours.isKept(db) {
            for row in try Row.fetchAll(db, sql: """
                SELECT hour, orders FROM rollup_awaiting_hour WHERE hour >= ? AND hour < ?
                """, arguments: [start, end]) {
                put("awaiting_shipment", .awaitingHour(row[0]), [row[1]])
            }
        } else {
            try awaitingByHour(db, from: AwaitingShipment.source(db), start: start, end: end, put)
        }
    }

    /// Orders waiting for a parcel by the hour they were paid in.
    private static func awaitingByHour(_ db: Database, from source: String, start: Int64, end: Int64, _ put: Put) throws {
        for row in try Row.fetchAll(db, sql: """
            SELECT paid_at - ((paid_at % 3600) + 3600) % 3600 AS hour, count(*) FROM \(source)
            WHERE paid_at >= ? AND paid_at < ? GROUP BY hour
            """, arguments: [start, end]) {
            put("awaiting_shipment", .awaitingHour(row[0]), [row[1]])
        }
    }

    /// Live sessions with a visit in the range's days (arguments: first and last day).
    private static let sessionsSQL = """
        SELECT DISTINCT live_session FROM visits WHERE day BETWEEN ? AND ? AND live_session IS NOT NULL
        """
}
