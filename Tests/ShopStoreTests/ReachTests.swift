import Foundation
import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// First-seen rows and their minute rollups: what each event moves, and that every figure they
/// answer equals counting the raw rows.
@Suite struct ReachTests {
    func reachRow(_ t: TempStore, _ kind: String, _ minute: Int64) throws -> [Int64] {
        try t.rows("SELECT day_new, hour_new FROM rollup_reach WHERE kind = ? AND minute = ?", [kind, minute])
            .first.map { $0.compactMap { Int64.fromDatabaseValue($0) } } ?? [0, 0]
    }

    /// A visit earlier than the day's first one moves the visitor's count to the earlier minute;
    /// their later hour keeps its own count.
    @Test func anEarlierVisitMovesTheFirstMinute() throws {
        let t = try TempStore()
        _ = try t.apply(.visit(VisitRecord(id: "a", visitor: "u1", startedAt: T.at(25, 14, 5, 30), durationSeconds: 60,
                                           pages: 3, channel: .share)))
        _ = try t.apply(.visit(VisitRecord(id: "b", visitor: "u1", startedAt: T.at(25, 9, 10, 20), durationSeconds: 30,
                                           pages: 2, channel: .search)))
        #expect(try reachRow(t, "visitor", T.at(25, 14, 5)) == [0, 0])
        #expect(try reachRow(t, "visitor", T.at(25, 9, 10)) == [1, 0])
        #expect(try reachRow(t, "visitor", T.at(25, 9)) == [0, 1])
        #expect(try reachRow(t, "visitor", T.at(25, 14)) == [0, 1])
        #expect(try reachRow(t, "visitor:share", T.at(25, 14, 5)) == [1, 0])
        #expect(try reachRow(t, "new_visitor", T.at(25, 14, 5)) == [0, 0])
        #expect(try reachRow(t, "new_visitor", T.at(25, 9, 10)) == [1, 0])
        let day = TimeWindow(start: T.at(25, 0), end: T.at(26, 0))
        let stats = try t.store.visitStats(window: TimeWindow(start: T.at(25, 0), end: T.at(25, 9, 10, 21)))
        #expect(stats.uv == 1 && stats.pv == 2 && stats.visits == 1 && stats.newVisitors == 1)
        #expect(try t.store.visitStats(window: TimeWindow(start: T.at(25, 0), end: T.at(25, 9, 10, 20))).uv == 0)
        #expect(try t.store.visitStats(window: day).hourlyUV.filter { $0 > 0 } == [1, 1])
        #expect(try t.store.rollupDifferences(days: T.cal.dayNumber(T.at(25, 0))...T.cal.dayNumber(T.at(25, 0))).isEmpty)
    }

    /// A payment found earlier, on the day before, takes the buyer off the later day.
    @Test func aPaymentMovedToTheDayBeforeMovesTheBuyer() throws {
        let t = try TempStore()
        _ = try t.apply(order("A", paidAt: T.at(25, 0, 10), createdAt: T.at(24, 23, 40), customer: "c1"))
        _ = try t.apply(.orderStatus(OrderStatusChange(outTradeNo: "A", status: .paid, at: T.at(24, 23, 50))))
        let day25 = TimeWindow(start: T.at(25, 0), end: T.at(26, 0))
        let day24 = TimeWindow(start: T.at(24, 0), end: T.at(25, 0))
        #expect(try t.store.funnel(window: day25).paid == 0)
        #expect(try t.store.funnel(window: day24) == Funnel(visitors: 0, carted: 0, ordered: 1, paid: 1))
        #expect(try t.int("SELECT count(*) FROM first_seen WHERE kind = 'buyer'") == 1)
        #expect(try reachRow(t, "buyer", T.at(25, 0, 10)) == [0, 0])
        #expect(try reachRow(t, "buyer", T.at(25, 0)) == [0, 0])
        #expect(try reachRow(t, "buyer", T.at(24, 23)) == [0, 1])
        let days = T.cal.dayNumber(T.at(24, 12))...T.cal.dayNumber(T.at(25, 12))
        #expect(try t.store.rollupDifferences(days: days).isEmpty)
    }

    /// A buyer paying in two hours counts once in the day and once in each hour.
    @Test func aBuyerPayingInTwoHoursCountsInEach() throws {
        let t = try TempStore()
        _ = try t.apply(order("A", paidAt: T.at(25, 10, 0, 5), customer: "c1"),
                        order("B", paidAt: T.at(25, 13, 20), customer: "c1"),
                        order("C", paidAt: T.at(25, 13, 40), customer: "c2"),
                        .addToCart(CartRecord(id: "k1", visitor: "u1", at: T.at(25, 9), sku: "s1", qty: 1)))
        let k = try t.store.kpis(now: T.at(25, 13, 30))
        #expect(k.current.buyers == 1)
        #expect(k.hourlyBuyers[10] == 1 && k.hourlyBuyers[13] == 1 && k.hourlyBuyers.reduce(0, +) == 2)
        // Later in the current hour someone else paid too: the hour counts only what came before now.
        #expect(try t.store.kpis(now: T.at(25, 13, 50)).hourlyBuyers[13] == 2)
        #expect(try t.store.funnel(window: TimeWindow(start: T.at(25, 0), end: T.at(25, 23))) ==
                Funnel(visitors: 0, carted: 1, ordered: 2, paid: 2))
    }

    /// An older store gets the tables from its raw rows: read-only it counts the rows itself,
    /// upgraded it answers the same from the rollups, which match a recomputation.
    @Test func anOlderStoreIsBackfilledWithTheSameFigures() throws {
        let seeded = try SeededStore()
        let today = TimeWindow(start: Seed.at(25, 0), end: Seed.now + 1)
        let kpis = try seeded.store.kpis(now: Seed.now)
        let visits = try seeded.store.visitStats(window: today)
        let funnel = try seeded.store.funnel(window: today)
        try seeded.store.pool.write { db in
            try db.execute(sql: """
                DROP TABLE first_seen; DROP TABLE rollup_reach; DROP TABLE rollup_visit_minute;
                DELETE FROM grdb_migrations WHERE identifier = '\(ReachRollup.migration)';
                """)
        }
        let reader = try seeded.reopen(readOnly: true)
        #expect(try reader.kpis(now: Seed.now) == kpis)
        #expect(try reader.visitStats(window: today) == visits)
        #expect(try reader.funnel(window: today) == funnel)
        let upgraded = try seeded.reopen()
        #expect(try upgraded.kpis(now: Seed.now) == kpis)
        #expect(try upgraded.visitStats(window: today) == visits)
        #expect(try upgraded.funnel(window: today) == funnel)
        #expect(try seeded.count("SELECT count(*) FROM rollup_reach") > 0)
        let days = Seed.calendar.dayNumber(Seed.at(18, 12))...Seed.calendar.dayNumber(Seed.now)
        #expect(try upgraded.rollupDifferences(days: days).isEmpty)
    }

    /// On the 25-hour day the clocks fall back, the last hour has its own bit and bucket.
    @Test func theLongDSTDayHasTwentyFiveHours() throws {
        let t = try TempStore(zone: "America/New_York")
        let cal = t.store.calendar
        let start = try #require(cal.time(year: 2026, month: 11, day: 1))
        let hours = (0..<25).map { start + Int64($0) * 3_600 + 60 }
        _ = try t.store.apply(hours.enumerated().map { i, at in
            .visit(VisitRecord(id: "v\(i)", visitor: i == 24 ? "late" : "u\(i % 3)", startedAt: at,
                               durationSeconds: 1, pages: 1, channel: .share))
        })
        let stats = try t.store.visitStats(window: TimeWindow(start: start, end: cal.startOfDay(start, addingDays: 1)))
        #expect(stats.hourlyUV.count == 25)
        #expect(stats.hourlyUV.allSatisfy { $0 == 1 })
        #expect(stats.uv == 4)
        let k = try t.store.kpis(now: start + 24 * 3_600 + 1_800)
        #expect(k.hourlyUV.count == 25 && k.hourlyUV.last == 1 && k.current.uv == 4)
        let day = cal.dayNumber(start)
        #expect(try t.store.rollupDifferences(days: day...day).isEmpty)
    }
}
