import Foundation
import GRDB
import ShopModel

/// How every rollup row of a range of shop days follows from the raw tables. `check --deep`
/// compares the stored rollups with what this recomputes; anything the write path folds wrongly
/// (an out-of-order event, a late refund, a first visit that arrives after the returns) shows up
/// as a difference.
///
/// Each query is bounded by the range: orders and refunds by their time indexes, visits by their
/// day and the visitors seen in the range.
enum RollupRecipe {
    /// One rollup row, named by its table and key, with its figures in column order.
    struct Figures: Hashable, Sendable {
        let table: String
        let key: RollupRowKey
        let values: [Int64]
    }

    /// Each rollup table's figure columns, in the order `Figures.values` holds them.
    static let columns: [String: [String]] = [
        "rollup_minute": ["paid_orders", "gmv_fen", "refunds", "refund_fen"],
        "rollup_day": ["uv", "pv", "visits", "stay_s", "new_visitors"],
        "rollup_cohort": ["returned"],
        "rollup_coupon": ["redeemed", "discount_fen", "gmv_fen", "issued"],
    ].merging(PaneRollupRecipe.columns) { a, _ in a }.merging(reachColumns) { a, _ in a }

    /// Recomputes the rollups of shop days `from...to` from the raw tables.
    static func recompute(_ db: Database, days: ClosedRange<Int64>, calendar: ShopCalendar) throws -> [RollupRowKey: Figures] {
        var out: [RollupRowKey: Figures] = [:]
        func put(_ table: String, _ key: RollupRowKey, _ values: [Int64]) {
            guard values.contains(where: { $0 != 0 }) else { return }
            out[key] = Figures(table: table, key: key, values: values)
        }
        let (start, end) = window(days, calendar)
        for row in try Row.fetchAll(db, sql: """
            SELECT minute, channel, CAST(total(po) AS INTEGER), CAST(total(gmv) AS INTEGER),
                   CAST(total(rn) AS INTEGER), CAST(total(rf) AS INTEGER) FROM (
              SELECT paid_at - ((paid_at % 60) + 60) % 60 AS minute, channel, 1 AS po, paid_fen AS gmv, 0 AS rn, 0 AS rf
              FROM orders WHERE paid_at >= ? AND paid_at < ?
              UNION ALL
              SELECT r.succeeded_at - ((r.succeeded_at % 60) + 60) % 60, o.channel, 0, 0, 1, r.amount_fen
              FROM refunds r JOIN orders o ON o.out_trade_no = r.out_trade_no
              WHERE r.status = 'succeeded' AND r.succeeded_at >= ? AND r.succeeded_at < ?
            ) GROUP BY minute, channel
            """, arguments: [start, end, start, end]) {
            put("rollup_minute", .minute(row[0], row[1]), [row[2], row[3], row[4], row[5]])
        }

        var newVisitors: [Int64: Int64] = [:]
        for row in try Row.fetchAll(db, sql: firstDaysSQL + """
            SELECT first, count(*) FROM firsts WHERE first BETWEEN ? AND ? GROUP BY first
            """, arguments: [days.lowerBound, days.upperBound, days.lowerBound, days.upperBound]) {
            newVisitors[row[0]] = row[1]
        }
        var seenDays = Set<Int64>()
        for row in try Row.fetchAll(db, sql: """
            SELECT day, count(DISTINCT visitor), CAST(total(pages) AS INTEGER), count(*), CAST(total(duration_s) AS INTEGER)
            FROM visits WHERE day BETWEEN ? AND ? GROUP BY day
            """, arguments: [days.lowerBound, days.upperBound]) {
            let day: Int64 = row[0]
            seenDays.insert(day)
            put("rollup_day", .day(day), [row[1], row[2], row[3], row[4], newVisitors[day] ?? 0])
        }
        for (day, n) in newVisitors where !seenDays.contains(day) {
            put("rollup_day", .day(day), [0, 0, 0, 0, n])
        }

        let tracked = Set(RetentionCohort.offsets.map(Int64.init))
        for row in try Row.fetchAll(db, sql: firstDaysSQL + """
            SELECT f.first, v.day - f.first AS off, count(DISTINCT f.visitor)
            FROM firsts f JOIN visits v ON v.visitor = f.visitor
            WHERE f.first BETWEEN ? AND ? AND v.day > f.first
            GROUP BY f.first, off
            """, arguments: [days.lowerBound, days.upperBound, days.lowerBound, days.upperBound]) {
            let offset: Int64 = row[1]
            if tracked.contains(offset) { put("rollup_cohort", .cohort(row[0], offset), [row[2]]) }
        }

        var coupons: [String: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT r.batch_id, count(*), CAST(total(r.discount_fen) AS INTEGER),
                   CAST(total(CASE WHEN o.paid_at IS NOT NULL THEN o.paid_fen END) AS INTEGER)
            FROM redemptions r LEFT JOIN orders o ON o.out_trade_no = r.out_trade_no
            WHERE r.batch_id IN (\(batchesSQL))
            GROUP BY r.batch_id
            """, arguments: [end, start]) {
            coupons[row[0]] = [row[1], row[2], row[3], 0]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT batch_id, count(*) FROM coupons_issued WHERE batch_id IN (\(batchesSQL)) GROUP BY batch_id
            """, arguments: [end, start]) {
            coupons[row[0], default: [0, 0, 0, 0]][3] = row[1]
        }
        for (batch, values) in coupons { put("rollup_coupon", .coupon(batch), values) }
        try PaneRollupRecipe.recompute(db, start: start, end: end, days: days, put)
        if try ReachRollup.isKept(db) { try recomputeReach(db, days: days, calendar: calendar, put: put) }
        return out
    }

    /// The stored rollup rows of the same range, keyed as `recompute` keys them.
    static func stored(_ db: Database, days: ClosedRange<Int64>, calendar: ShopCalendar) throws -> [RollupRowKey: Figures] {
        var out: [RollupRowKey: Figures] = [:]
        func put(_ table: String, _ key: RollupRowKey, _ values: [Int64]) {
            guard values.contains(where: { $0 != 0 }) else { return }
            out[key] = Figures(table: table, key: key, values: values)
        }
        let (start, end) = window(days, calendar)
        // A store read before its upgrade has no issued count: it then compares equal by construction.
        let issued = try CouponIssuedCount.expression(db, batch: "c.batch_id", rollup: "c")
        for row in try Row.fetchAll(db, sql: """
            SELECT minute, channel, paid_orders, gmv_fen, refunds, refund_fen FROM rollup_minute
            WHERE minute >= ? AND minute < ?
            """, arguments: [start, end]) {
            put("rollup_minute", .minute(row[0], row[1]), [row[2], row[3], row[4], row[5]])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT day, uv, pv, visits, stay_s, new_visitors FROM rollup_day WHERE day BETWEEN ? AND ?
            """, arguments: [days.lowerBound, days.upperBound]) {
            put("rollup_day", .day(row[0]), [row[1], row[2], row[3], row[4], row[5]])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT cohort_day, offset, returned FROM rollup_cohort WHERE cohort_day BETWEEN ? AND ?
            """, arguments: [days.lowerBound, days.upperBound]) {
            put("rollup_cohort", .cohort(row[0], row[1]), [row[2]])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT batch_id, redeemed, discount_fen, gmv_fen, \(issued) FROM rollup_coupon c
            WHERE batch_id IN (\(batchesSQL))
            """, arguments: [end, start]) {
            put("rollup_coupon", .coupon(row[0]), [row[1], row[2], row[3], row[4]])
        }
        try PaneRollupRecipe.stored(db, start: start, end: end, days: days, put)
        if try ReachRollup.isKept(db) { try storedReach(db, days: days, calendar: calendar, put: put) }
        return out
    }

    /// Rollup rows whose stored figures differ from the recomputed ones, in table and key order.
    /// A row missing on one side counts as all zeros, as the write path may drop a row that a
    /// batch takes back to zero.
    static func compare(_ db: Database, days: ClosedRange<Int64>, calendar: ShopCalendar) throws -> RollupComparison {
        let expected = try recompute(db, days: days, calendar: calendar)
        let actual = try stored(db, days: days, calendar: calendar)
        var out: [RollupDifference] = []
        for key in Set(expected.keys).union(actual.keys) {
            let e = expected[key], a = actual[key]
            if e?.values == a?.values { continue }
            guard let any = e ?? a else { continue }
            let names = columns[any.table] ?? []
            let zeros = [Int64](repeating: 0, count: names.count)
            let stored = a?.values ?? zeros, recomputed = e?.values ?? zeros
            let changes = names.indices.compactMap { i -> RollupDifference.Change? in
                guard i < stored.count, i < recomputed.count, stored[i] != recomputed[i] else { return nil }
                return RollupDifference.Change(column: names[i], stored: stored[i], recomputed: recomputed[i])
            }
            out.append(RollupDifference(table: any.table, row: key, key: key.label(calendar), changes: changes))
        }
        out.sort { ($0.table, $0.row) < ($1.table, $1.row) }
        return RollupComparison(days: days, from: calendar.dayLabel(startOfDayNumber(days.lowerBound, calendar)),
                                to: calendar.dayLabel(startOfDayNumber(days.upperBound, calendar)),
                                rows: Set(expected.keys).union(actual.keys).count, differences: out)
    }

    /// Each visitor seen in the range with the first day they were ever seen on.
    private static let firstDaysSQL = """
        WITH firsts AS (
          SELECT visitor, min(day) AS first FROM visits
          WHERE visitor IN (SELECT visitor FROM visits WHERE day BETWEEN ? AND ?)
          GROUP BY visitor
        )

        """

    /// Coupon batches whose window overlaps the range (arguments: range end, range start).
    private static let batchesSQL = "SELECT batch_id FROM coupon_batches WHERE starts_at < ? AND ends_at >= ?"


    /// The Unix-second window [start, end) that covers shop days `days`.
    static func window(_ days: ClosedRange<Int64>, _ calendar: ShopCalendar) -> (Int64, Int64) {
        (startOfDayNumber(days.lowerBound, calendar),
         calendar.startOfDay(startOfDayNumber(days.upperBound, calendar), addingDays: 1))
    }

    /// The first second of shop day `day`, found from its local noon, which a change of the zone's
    /// offset during the day cannot push out of it.
    static func startOfDayNumber(_ day: Int64, _ calendar: ShopCalendar) -> Int64 {
        let noonUTC = day.multipliedReportingOverflow(by: 86_400).partialValue &+ 43_200
        let offset = Int64(calendar.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(noonUTC))))
        return calendar.startOfDay(noonUTC &- offset)
    }
}

extension ShopStore {
    /// Compares the rollups of shop days `days` with a recomputation from the raw tables.
    public func rollupDifferences(days: ClosedRange<Int64>) throws -> [RollupDifference] {
        try compareRollups(days: days).differences
    }

    /// The comparison `check --deep` judges: every rollup row of shop days `days`, stored and
    /// recomputed, in one read transaction.
    public func compareRollups(days: ClosedRange<Int64>) throws -> RollupComparison {
        let calendar = self.calendar
        let clock = ContinuousClock()
        let started = clock.now
        var comparison = try pool.read { db in try RollupRecipe.compare(db, days: days, calendar: calendar) }
        let took = started.duration(to: clock.now)
        comparison.seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
        return comparison
    }
}
