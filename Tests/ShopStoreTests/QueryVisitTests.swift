import Testing
import ShopModel
@testable import ShopStore

@Suite struct QueryVisitTests {
    let today = TimeWindow(start: Seed.at(25, 0), end: Seed.now + 1)

    @Test func visitStatsOfTodaySoFar() throws {
        let seeded = try SeededStore()
        let v = try seeded.store.visitStats(window: today)
        #expect(v.uv == 7)
        #expect(v.pv == 23)
        #expect(v.visits == 8)
        #expect(v.totalStaySeconds == 1_375)
        // c3, c4 and c5 were first seen today; v10 only comes at 16:00.
        #expect(v.newVisitors == 3)
        #expect(v.returningVisitors == 4)
        #expect(v.hourlyUV == [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 3, 2])
        #expect(v.channels.map(\.channel) == [.liveStream, .officialAccount, .share, .search])
        #expect(v.staySecondsPerCapita == 196)
    }

    @Test func funnelCountsDistinctPeoplePerStep() throws {
        let seeded = try SeededStore()
        #expect(try seeded.store.funnel(window: today) == Funnel(visitors: 7, carted: 4, ordered: 6, paid: 5))
        let yesterday = TimeWindow(start: Seed.at(24, 0), end: Seed.at(25, 0))
        #expect(try seeded.store.funnel(window: yesterday) == Funnel(visitors: 4, carted: 1, ordered: 4, paid: 4))
    }

    @Test func retentionCohortsNewestFirstWithFutureDaysLeftOpen() throws {
        let seeded = try SeededStore()
        let cohorts = try seeded.store.retention(days: 15, now: Seed.now)
        #expect(cohorts.count == 15)
        #expect(cohorts.map(\.day) == (11...25).reversed().map { Seed.at($0, 0) })
        let byDay = Dictionary(uniqueKeysWithValues: cohorts.map { ($0.day, $0) })
        let d25 = try #require(byDay[Seed.at(25, 0)])
        #expect(d25.size == 4)
        #expect(d25.returned == Array(repeating: nil, count: RetentionCohort.offsets.count))
        let d24 = try #require(byDay[Seed.at(24, 0)])
        #expect(d24.size == 3)
        #expect(d24.returned == [2, nil, nil, nil, nil, nil, nil, nil, nil])
        #expect(d24.rate(at: 0) == 2.0 / 3.0)
        let d18 = try #require(byDay[Seed.at(18, 0)])
        #expect(d18.size == 3)
        #expect(d18.returned == [0, 0, 0, 0, 0, 1, 1, nil, nil])
        let d11 = try #require(byDay[Seed.at(11, 0)])
        #expect(d11.size == 1)
        #expect(d11.returned == [0, 0, 0, 0, 0, 0, 0, 1, nil])
        let d20 = try #require(byDay[Seed.at(20, 0)])
        #expect(d20.size == 0)
        #expect(d20.returned == [0, 0, 0, 0, 0, nil, nil, nil, nil])
    }
}

@Suite struct VisitorCountTests {
    /// The first-seen rollups and the scan of the raw rows must agree on every window, those the
    /// rollups answer (from a day's start) and those they leave to the scan, for every kind.
    @Test func dayRowsAndVisitScanAgree() throws {
        let seeded = try SeededStore()
        let ends = [Seed.at(24, 0, 0, 1), Seed.at(24, 14), Seed.at(25, 0), Seed.at(25, 0, 0, 1), Seed.now,
                    Seed.now + 1, Seed.at(25, 16), Seed.at(25, 16, 0, 1), Seed.at(25, 23), Seed.at(26, 0)]
        try seeded.store.pool.read { db in
            for start in [Seed.at(24, 0), Seed.at(25, 0), Seed.at(25, 9)] { for end in ends where end > start {
                let window = TimeWindow(start: start, end: end)
                let scanned = try Int.fetchOne(db, sql: """
                    SELECT count(DISTINCT visitor) FROM visits WHERE started_at >= ? AND started_at < ?
                    """, arguments: [start, end])
                #expect(try ReachReader.count(db, .visitor, window, calendar: Seed.calendar) == scanned,
                        "\(start)..<\(end)")
                for kind in ReachKind.all {
                    #expect(try ReachReader.count(db, kind, window, calendar: Seed.calendar)
                            == ReachReader.rawCount(db, kind, window), "\(kind.name) \(start)..<\(end)")
                }
            } }
        }
        // After v10's 16:00 visit the whole of today is in: 7 visitors so far plus v10.
        #expect(try seeded.store.kpis(now: Seed.at(25, 23)).current.uv == 8)
        #expect(try seeded.store.funnel(window: TimeWindow(start: Seed.at(25, 0), end: Seed.at(26, 0))).visitors == 8)
    }
}
