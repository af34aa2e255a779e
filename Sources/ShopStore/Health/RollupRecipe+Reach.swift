import GRDB
import ShopModel

/// rollup_reach and rollup_visit_minute as the raw rows give them: each day's people of each kind
/// worked out afresh (not read from first_seen), so a first_seen row folded wrongly shows too.
extension RollupRecipe {
    static let reachColumns: [String: [String]] = [
        "rollup_reach": ["day_new", "hour_new"],
        "rollup_visit_minute": ["visits", "pv", "stay_s"],
    ]

    static func recomputeReach(_ db: Database, days: ClosedRange<Int64>, calendar: ShopCalendar,
                               put: (String, RollupRowKey, [Int64]) -> Void) throws {
        let (start, end) = window(days, calendar)
        var figures: [RollupRowKey: [Int64]] = [:]
        for number in days {
            let day = ReachDay(number: number, calendar: calendar)
            for kind in ReachKind.all {
                for row in try Row.fetchAll(db, sql: """
                    SELECT first_at - ((first_at % 60) + 60) % 60 AS m, hours, count(*) FROM (\(kind.firstSeenSQL))
                    GROUP BY m, hours
                    """, arguments: [day.start, day.start, day.next]) {
                    let n: Int64 = row[2]
                    figures[.reach(row[0], kind.name), default: [0, 0]][0] += n
                    for h in ReachDay.hours(in: row[1]) {
                        figures[.reach(day.hourStart(h), kind.name), default: [0, 0]][1] += n
                    }
                }
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT f - ((f % 60) + 60) % 60 AS m, count(*) FROM (
              SELECT min(started_at) AS f FROM visits
              WHERE visitor IN (SELECT visitor FROM visits WHERE started_at >= ? AND started_at < ?)
              GROUP BY visitor
            ) WHERE f >= ? AND f < ? GROUP BY m
            """, arguments: [start, end, start, end]) {
            figures[.reach(row[0], NewVisitorReach.name), default: [0, 0]][0] += row[1]
        }
        for (key, values) in figures { put("rollup_reach", key, values) }
        for row in try Row.fetchAll(db, sql: """
            SELECT started_at - ((started_at % 60) + 60) % 60 AS m, count(*), CAST(total(pages) AS INTEGER),
                   CAST(total(duration_s) AS INTEGER)
            FROM visits WHERE started_at >= ? AND started_at < ? GROUP BY m
            """, arguments: [start, end]) {
            put("rollup_visit_minute", .visitMinute(row[0]), [row[1], row[2], row[3]])
        }
    }

    /// A store read before its upgrade has none of these rows and none are recomputed for it.
    static func storedReach(_ db: Database, days: ClosedRange<Int64>, calendar: ShopCalendar,
                            put: (String, RollupRowKey, [Int64]) -> Void) throws {
        let (start, end) = window(days, calendar)
        for row in try Row.fetchAll(db, sql: """
            SELECT kind, minute, day_new, hour_new FROM rollup_reach WHERE minute >= ? AND minute < ?
            """, arguments: [start, end]) {
            put("rollup_reach", .reach(row[1], row[0]), [row[2], row[3]])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT minute, visits, pv, stay_s FROM rollup_visit_minute WHERE minute >= ? AND minute < ?
            """, arguments: [start, end]) {
            put("rollup_visit_minute", .visitMinute(row[0]), [row[1], row[2], row[3]])
        }
    }
}
