import GRDB
import ShopModel

/// What one write transaction adds to the rollups and store counters, folded in memory and written once at its end.
///
/// A batch of a thousand orders mostly lands in a handful of minutes and one day, so folding
/// turns a thousand upserts of the same few rows into a handful. Deltas may be negative: an
/// event that changes its mind (a refund that succeeds, a visitor whose first day moves earlier)
/// takes back exactly what an earlier one added, possibly in the same batch.
final class RollupDeltas {
    struct MinuteKey: Hashable {
        let minute: Int64
        let channel: String
    }

    struct MinuteDelta {
        var paidOrders: Int64 = 0
        var gmvFen: Int64 = 0
        var refunds: Int64 = 0
        var refundFen: Int64 = 0
    }

    struct DayDelta {
        var uv: Int64 = 0
        var pv: Int64 = 0
        var visits: Int64 = 0
        var staySeconds: Int64 = 0
        var newVisitors: Int64 = 0
    }

    struct CohortKey: Hashable {
        let cohortDay: Int64
        let offset: Int64
    }

    private(set) var minutes: [MinuteKey: MinuteDelta] = [:]
    private(set) var days: [Int64: DayDelta] = [:]
    private(set) var cohorts: [CohortKey: Int64] = [:]
    private(set) var counters: [StoreCounters.Name: Int64] = [:]
    private(set) var newestEventAt: Int64?

    struct ReachKey: Hashable {
        let kind: String
        let minute: Int64
    }

    struct ReachDelta {
        var dayNew: Int64 = 0
        var hourNew: Int64 = 0
    }

    struct VisitMinuteDelta {
        var visits: Int64 = 0
        var pv: Int64 = 0
        var staySeconds: Int64 = 0
    }

    private(set) var reach: [ReachKey: ReachDelta] = [:]
    private(set) var visitMinutes: [Int64: VisitMinuteDelta] = [:]
    /// Day bounds cost a calendar computation; a batch mostly touches one or two days.
    private var reachDays: [Int64: ReachDay] = [:]

    func addMinute(_ key: MinuteKey, _ change: (inout MinuteDelta) -> Void) {
        change(&minutes[key, default: MinuteDelta()])
    }

    func addDay(_ day: Int64, _ change: (inout DayDelta) -> Void) {
        change(&days[day, default: DayDelta()])
    }

    func count(_ name: StoreCounters.Name, _ delta: Int64 = 1) {
        counters[name, default: 0] += delta
    }

    func saw(_ time: Int64) {
        newestEventAt = max(newestEventAt ?? time, time)
    }

    func addReach(_ kind: String, minute: Int64, dayNew: Int64 = 0, hourNew: Int64 = 0) {
        reach[ReachKey(kind: kind, minute: minute), default: ReachDelta()].dayNew += dayNew
        reach[ReachKey(kind: kind, minute: minute), default: ReachDelta()].hourNew += hourNew
    }

    func addVisitMinute(_ minute: Int64, _ change: (inout VisitMinuteDelta) -> Void) {
        change(&visitMinutes[minute, default: VisitMinuteDelta()])
    }

    func reachDay(_ number: Int64, _ calendar: ShopCalendar) -> ReachDay {
        if let known = reachDays[number] { return known }
        let day = ReachDay(number: number, calendar: calendar)
        reachDays[number] = day
        return day
    }

    func addCohort(_ key: CohortKey, returned: Int64) {
        cohorts[key, default: 0] += returned
    }

    /// A count taken back in a later transaction than the one that added it leaves a row of zeros,
    /// which one transaction holding both never writes: such a row goes, so that the store does
    /// not depend on where the batches were cut (a rerun after a kill cuts elsewhere).
    static func dropEmptied(_ db: Database, _ table: String, _ figures: [String], key: [String: any DatabaseValueConvertible]) throws {
        let names = key.keys.sorted()
        let sql = "DELETE FROM \(table) WHERE " + (names.map { "\($0) = ?" } + figures.map { "\($0) = 0" })
            .joined(separator: " AND ")
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(names.map { key[$0] } as [(any DatabaseValueConvertible)?]))
    }

    /// Writes every folded delta with one prepared upsert per rollup table, then forgets them.
    func flush(_ db: Database) throws {
        if !minutes.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_minute (minute, channel, paid_orders, gmv_fen, refunds, refund_fen)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (minute, channel) DO UPDATE SET
                  paid_orders = paid_orders + excluded.paid_orders,
                  gmv_fen = gmv_fen + excluded.gmv_fen,
                  refunds = refunds + excluded.refunds,
                  refund_fen = refund_fen + excluded.refund_fen
                """)
            for (key, d) in minutes
            where d.paidOrders != 0 || d.gmvFen != 0 || d.refunds != 0 || d.refundFen != 0 {
                try upsert.execute(arguments: [key.minute, key.channel, d.paidOrders, d.gmvFen, d.refunds, d.refundFen])
                if d.paidOrders < 0 || d.gmvFen < 0 || d.refunds < 0 || d.refundFen < 0 {
                    try Self.dropEmptied(db, "rollup_minute", ["paid_orders", "gmv_fen", "refunds", "refund_fen"],
                                         key: ["minute": key.minute, "channel": key.channel])
                }
            }
        }
        if !days.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_day (day, uv, pv, visits, stay_s, new_visitors) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (day) DO UPDATE SET
                  uv = uv + excluded.uv,
                  pv = pv + excluded.pv,
                  visits = visits + excluded.visits,
                  stay_s = stay_s + excluded.stay_s,
                  new_visitors = new_visitors + excluded.new_visitors
                """)
            for (day, d) in days
            where d.uv != 0 || d.pv != 0 || d.visits != 0 || d.staySeconds != 0 || d.newVisitors != 0 {
                try upsert.execute(arguments: [day, d.uv, d.pv, d.visits, d.staySeconds, d.newVisitors])
                if d.uv < 0 || d.pv < 0 || d.visits < 0 || d.staySeconds < 0 || d.newVisitors < 0 {
                    try Self.dropEmptied(db, "rollup_day", ["uv", "pv", "visits", "stay_s", "new_visitors"], key: ["day": day])
                }
            }
        }
        if !cohorts.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_cohort (cohort_day, offset, returned) VALUES (?, ?, ?)
                ON CONFLICT (cohort_day, offset) DO UPDATE SET returned = returned + excluded.returned
                """)
            for (key, returned) in cohorts where returned != 0 {
                try upsert.execute(arguments: [key.cohortDay, key.offset, returned])
                if returned < 0 {
                    try Self.dropEmptied(db, "rollup_cohort", ["returned"], key: ["cohort_day": key.cohortDay, "offset": key.offset])
                }
            }
        }
        if !reach.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_reach (kind, minute, day_new, hour_new) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, minute) DO UPDATE SET
                  day_new = day_new + excluded.day_new,
                  hour_new = hour_new + excluded.hour_new
                """)
            for (key, d) in reach where d.dayNew != 0 || d.hourNew != 0 {
                try upsert.execute(arguments: [key.kind, key.minute, d.dayNew, d.hourNew])
                if d.dayNew < 0 || d.hourNew < 0 {
                    try Self.dropEmptied(db, "rollup_reach", ["day_new", "hour_new"], key: ["kind": key.kind, "minute": key.minute])
                }
            }
        }
        if !visitMinutes.isEmpty {
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO rollup_visit_minute (minute, visits, pv, stay_s) VALUES (?, ?, ?, ?)
                ON CONFLICT (minute) DO UPDATE SET
                  visits = visits + excluded.visits,
                  pv = pv + excluded.pv,
                  stay_s = stay_s + excluded.stay_s
                """)
            for (minute, d) in visitMinutes where d.visits != 0 || d.pv != 0 || d.staySeconds != 0 {
                try upsert.execute(arguments: [minute, d.visits, d.pv, d.staySeconds])
            }
        }
        if !counters.isEmpty || newestEventAt != nil {
            try StoreCounters.add(counters, newest: newestEventAt, db)
        }
        minutes = [:]
        days = [:]
        cohorts = [:]
        reach = [:]
        visitMinutes = [:]
        counters = [:]
        newestEventAt = nil
    }
}
