import Foundation
import Testing
import ShopModel
@testable import ShopStore

/// KPIs, sales series and channels on the seeded shop; every figure is summed by hand from Seed.
@Suite struct QuerySalesTests {
    @Test func kpisCompareTodaySoFarWithTheSameStretchOfYesterdayAndLastWeek() throws {
        let seeded = try SeededStore()
        let k = try seeded.store.kpis(now: Seed.now)
        #expect(k.window == TimeWindow(start: Seed.at(25, 0), end: Seed.now + 1))
        // O1 10000 + O2 25600 + O3 10000 + O4 5000 + O5 28000 + O6 3300 (paid at `now`); O8F comes later.
        #expect(k.current == KPIValues(gmv: Money(fen: 81_900), paidOrders: 6, buyers: 5, uv: 7, pv: 23,
                                       refundAmount: Money(fen: 5_000), refunds: 1))
        // Y2 + Y3 (paid at 14:30:00); Y4 at 14:30:01 and Y1 at 23:59:59 are outside the stretch.
        #expect(k.yesterday == KPIValues(gmv: Money(fen: 10_000), paidOrders: 2, buyers: 2, uv: 3, pv: 6))
        #expect(k.lastWeek == KPIValues(gmv: Money(fen: 2_000), paidOrders: 1, buyers: 1, uv: 1, pv: 4,
                                        refundAmount: Money(fen: 2_000), refunds: 1))
        #expect(k.hourlyGMV.count == 15)
        #expect(k.hourlyGMV.map(\.fen) == [10_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25_600, 0, 0, 15_000, 31_300])
        #expect(k.hourlyOrders == [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 2])
        #expect(k.hourlyUV == [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 3, 2])
        // Page views add up to the day's; each hour has a buyer for every hour with an order, and
        // never more buyers than orders.
        #expect(k.hourlyPV.count == 15 && k.hourlyPV.reduce(0, +) == k.current.pv)
        #expect(k.hourlyBuyers.count == 15)
        for (buyers, orders) in zip(k.hourlyBuyers, k.hourlyOrders) {
            #expect(buyers <= orders && (orders == 0) == (buyers == 0))
        }
    }

    @Test func todayStartsAtShanghaiMidnight() throws {
        let seeded = try SeededStore()
        let atMidnight = try seeded.store.kpis(now: Seed.at(25, 0))
        #expect(atMidnight.current.paidOrders == 1)
        #expect(atMidnight.current.gmv == Money(fen: 10_000))
        #expect(atMidnight.current.uv == 1)
        #expect(atMidnight.yesterday == KPIValues())
        #expect(atMidnight.hourlyOrders == [1])

        // One second earlier it is still day 24 in Shanghai (16:00 UTC): Y1 at 23:59:59 belongs to it.
        let lastSecond = try seeded.store.kpis(now: Seed.at(24, 23, 59, 59))
        #expect(lastSecond.window.start == Seed.at(24, 0))
        #expect(lastSecond.current.paidOrders == 4)
        #expect(lastSecond.current.gmv == Money(fen: 18_700))
        #expect(lastSecond.hourlyOrders.count == 24)
        #expect(lastSecond.hourlyOrders[23] == 1)
    }

    @Test func rollupsAndRowsAgreeOnAnyWindow() throws {
        let seeded = try SeededStore()
        let edges = [Seed.at(18, 0), Seed.at(18, 9, 0, 1), Seed.at(24, 10, 0, 10), Seed.at(24, 14, 30, 1),
                     Seed.at(25, 0), Seed.at(25, 13, 10, 30), Seed.now, Seed.now + 1, Seed.at(26, 0)]
        try seeded.store.pool.read { db in
            for a in edges { for b in edges where b > a {
                let window = TimeWindow(start: a, end: b)
                let mixed = try SalesReader.byChannel(db, window)
                let rows = try SalesReader.fromRows(db, from: a, to: b)
                #expect(mixed == rows, "window \(a)..<\(b)")
            } }
        }
    }

    @Test func todaySeriesAlignsWithYesterdaysHours() throws {
        let seeded = try SeededStore()
        let s = try seeded.store.salesSeries(.today, now: Seed.now)
        #expect(s.granularity == .hour)
        #expect(s.window == TimeWindow(start: Seed.at(25, 0), end: Seed.at(25, 15)))
        #expect(s.points.map(\.start) == (0..<15).map { Seed.at(25, $0) })
        #expect(s.points.map(\.gmv.fen) == [10_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25_600, 0, 0, 15_000, 31_300])
        #expect(s.previous.map(\.start) == (0..<15).map { Seed.at(24, $0) })
        // The whole 14:00 bucket of yesterday: Y3 and Y4.
        #expect(s.previous.map(\.orders) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2])
        #expect(s.previous[14].gmv == Money(fen: 7_000))
        #expect(s.points[13].aov == Money(fen: 7_500))
    }

    @Test func live60IsTheLastSixtyMinutesAndTheHourBefore() throws {
        let seeded = try SeededStore()
        let s = try seeded.store.salesSeries(.live60, now: Seed.now + 25)
        #expect(s.points.count == 60 && s.previous.count == 60)
        #expect(s.points.first?.start == Seed.at(25, 13, 31))
        #expect(s.points.last?.start == Seed.now)
        #expect(s.points[58].gmv == Money(fen: 28_000))
        #expect(s.points[59].gmv == Money(fen: 3_300))
        #expect(s.points.reduce(0) { $0 + $1.orders } == 2)
        #expect(s.previous[39].start == Seed.at(25, 13, 10))
        #expect(s.previous[39].orders == 2 && s.previous[39].gmv == Money(fen: 15_000))
        #expect(s.previous.reduce(0) { $0 + $1.orders } == 2)
    }

    @Test func dailySeriesCoverWholeShopDays() throws {
        let seeded = try SeededStore()
        let week = try seeded.store.salesSeries(.days7, now: Seed.now)
        #expect(week.granularity == .day)
        #expect(week.points.map(\.start) == (19...25).map { Seed.at($0, 0) })
        #expect(week.points.map(\.orders) == [0, 0, 0, 0, 0, 4, 7])
        #expect(week.points.map(\.gmv.fen) == [0, 0, 0, 0, 0, 18_700, 91_800])
        #expect(week.previous.map(\.start) == (12...18).map { Seed.at($0, 0) })
        #expect(week.previous.map(\.gmv.fen) == [0, 0, 0, 0, 0, 0, 9_500])

        let month = try seeded.store.salesSeries(.days30, now: Seed.now)
        #expect(month.points.count == 30 && month.previous.count == 30)
        #expect(month.points.first?.start == Seed.at(26, 0) - 30 * 86_400)
        #expect(month.points.reduce(0) { $0 + $1.orders } == 13)
        #expect(month.previous.reduce(0) { $0 + $1.orders } == 0)
    }

    @Test func channelsSplitSalesByOrderAndVisitorsByVisit() throws {
        let seeded = try SeededStore()
        let slices = try seeded.store.channels(window: TimeWindow(start: Seed.at(25, 0), end: Seed.now + 1))
        #expect(slices == [
            ChannelSlice(channel: .liveStream, gmv: Money(fen: 43_000), orders: 3, visitors: 4),
            ChannelSlice(channel: .officialAccount, gmv: Money(fen: 25_600), orders: 1, visitors: 1),
            ChannelSlice(channel: .share, gmv: Money(fen: 10_000), orders: 1, visitors: 1),
            ChannelSlice(channel: .search, gmv: Money(fen: 3_300), orders: 1, visitors: 2),
        ])
    }
}

@Suite struct ReachCountTests {
    func scan(_ seeded: SeededStore, _ sql: String, _ w: TimeWindow) throws -> Int {
        try seeded.store.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: [w.start, w.end]) ?? 0 }
    }

    /// Windows of today that end inside a minute take that minute from the raw rows; rows that
    /// arrive late, before the first time already known of the day, move counts between minutes.
    @Test func windowsEndingAnywhereStayExactAsRowsArrive() throws {
        let seeded = try SeededStore()
        let buyersSQL = "SELECT count(DISTINCT customer) FROM orders WHERE paid_at >= ? AND paid_at < ?"
        let visitorsSQL = "SELECT count(DISTINCT visitor) FROM visits WHERE started_at >= ? AND started_at < ?"
        func count(_ kind: ReachKind, _ w: TimeWindow) throws -> Int {
            try seeded.store.pool.read { db in try ReachReader.count(db, kind, w, calendar: Seed.calendar) }
        }
        func check(_ end: Int64) throws {
            let w = TimeWindow(start: Seed.at(25, 0), end: end)
            #expect(try count(.buyer, w) == (try scan(seeded, buyersSQL, w)), "buyers to \(end)")
            #expect(try count(.visitor, w) == (try scan(seeded, visitorsSQL, w)), "visitors to \(end)")
        }
        for end in [Seed.at(25, 0, 0, 1), Seed.at(25, 10), Seed.at(25, 13, 10, 30), Seed.now, Seed.now + 1, Seed.at(26, 0)] {
            try check(end)
        }
        // A late order and visit inside the counted part, by people not seen yet that day.
        _ = try seeded.store.apply([
            Seed.order("LATE", Seed.wangwu, created: Seed.at(25, 8), paid: Seed.at(25, 8), total: 100, channel: .share,
                       items: [Seed.item("s1", "小米手环8", 1, 100)]),
            Seed.visit("V-late", "v30", Seed.at(25, 8), pages: 1, seconds: 5, .share),
        ])
        try check(Seed.at(26, 0))
        // c1...c5 paid on the 25th, and now 王五 (c6) as well.
        #expect(try count(.buyer, TimeWindow(start: Seed.at(25, 0), end: Seed.at(26, 0))) == 6)
        try check(Seed.at(25, 12))
        try check(Seed.at(25, 8, 0, 1))
        #expect(try seeded.store.rollupDifferences(days: Seed.calendar.dayNumber(Seed.at(18, 12))...Seed.calendar.dayNumber(Seed.now)).isEmpty)
    }
}

@Suite struct KPITickTests {
    /// One store ticking through the day (remembering windows) and a fresh store per tick agree,
    /// also after a late visit and order land inside hours already counted.
    @Test func tickingStoreAgreesWithFreshStores() throws {
        let seeded = try SeededStore()
        let ticks = [Seed.at(25, 0, 30), Seed.at(25, 9, 59), Seed.at(25, 13, 10, 45), Seed.now, Seed.at(25, 23)]
        for now in ticks {
            #expect(try seeded.store.kpis(now: now) == seeded.reopen().kpis(now: now), "at \(now)")
        }
        _ = try seeded.store.apply([
            Seed.visit("V-late2", "v31", Seed.at(25, 13, 30), pages: 2, seconds: 20, .share),
            Seed.order("LATE2", Seed.zhaoliu, created: Seed.at(25, 13, 30), paid: Seed.at(25, 13, 30), total: 500,
                       channel: .share, items: [Seed.item("s1", "小米手环8", 1, 500)]),
        ])
        let later = try seeded.store.kpis(now: Seed.at(25, 23))
        #expect(later == (try seeded.reopen().kpis(now: Seed.at(25, 23))))
        #expect(later.hourlyUV[13] == 4 && later.current.buyers == 6)
    }
}

@Suite struct KPIRefundSparkTests {
    @Test func refundsCountInTheHourTheySucceeded() throws {
        let t = try TempStore()
        _ = try t.apply(order("R-1", paidAt: T.at(25, 9, 10), paid: 20_000), order("R-2", paidAt: T.at(25, 10, 5), paid: 10_000),
                        .refund(RefundRecord(refundNo: "RF-1", outTradeNo: "R-1", amount: Money(fen: 5_000),
                                             status: .succeeded, requestedAt: T.at(25, 10, 40), succeededAt: T.at(25, 11, 2))))
        let k = try t.store.kpis(now: T.at(25, 11, 30))
        #expect(k.hourlyRefundAmount.count == 12)
        #expect(k.hourlyRefundAmount[11] == Money(fen: 5_000))
        #expect(k.hourlyRefundAmount.enumerated().allSatisfy { $0.offset == 11 || $0.element == .zero })
        #expect(k.hourlyGMV[9] == Money(fen: 20_000) && k.hourlyGMV[10] == Money(fen: 10_000))
    }
}
