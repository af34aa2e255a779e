import Foundation
import ShopDemo
import Testing
import ShopModel
@testable import ShopStore

@Suite struct WriteVisitTests {
    func day(_ d: Int) -> Int64 { T.cal.dayNumber(T.at(d, 12)) }

    @Test func dayRollupCountsVisitorsOncePerShopDay() throws {
        let t = try TempStore()
        // 23:59:59 and 00:00:00 Shanghai time are two shop days though the same UTC day (15:59/16:00 UTC).
        let results = try t.apply(visit("1", "v1", T.at(25, 23, 59, 59), pages: 2, seconds: 30),
                                  visit("2", "v1", T.at(26, 0, 0, 0), pages: 5, seconds: 90),
                                  visit("3", "v1", T.at(26, 8), pages: 1, seconds: 10),
                                  visit("3", "v1", T.at(26, 8), pages: 1, seconds: 10))
        #expect(results == [.accepted, .accepted, .accepted, .duplicate])
        #expect(try t.rows("SELECT day, uv, pv, visits, stay_s, new_visitors FROM rollup_day ORDER BY day") == [
            [day(25), 1, 2, 1, 30, 1].map { $0.databaseValue },
            [day(26), 1, 6, 2, 100, 0].map { $0.databaseValue },
        ])
        #expect(try t.rows("SELECT cohort_day, offset, returned FROM rollup_cohort WHERE returned != 0")
                == [[day(25), 1, 1].map { $0.databaseValue }])
    }

    @Test func earlierVisitMovesTheCohort() throws {
        let t = try TempStore()
        _ = try t.apply(visit("a", "v1", T.at(20, 10)), visit("b", "v1", T.at(21, 10)), visit("c", "v1", T.at(27, 10)))
        #expect(try t.rows("SELECT cohort_day, offset, returned FROM rollup_cohort WHERE returned != 0 ORDER BY 1, 2")
                == [[day(20), 1, 1], [day(20), 7, 1]].map { $0.map { $0.databaseValue } })
        // A visit on the 19th arrives late: v1 is new on the 19th, returning on +1, +2 and +8 (not tracked).
        #expect(try t.apply(visit("z", "v1", T.at(19, 10))) == [.accepted])
        #expect(try t.rows("SELECT cohort_day, offset, returned FROM rollup_cohort WHERE returned != 0 ORDER BY 1, 2")
                == [[day(19), 1, 1], [day(19), 2, 1]].map { $0.map { $0.databaseValue } })
        #expect(try t.rows("SELECT day, new_visitors FROM rollup_day WHERE new_visitors != 0")
                == [[day(19), 1].map { $0.databaseValue }])
        #expect(try t.int("SELECT first_day FROM visitors") == day(19))
    }

    @Test func rollupsAgreeWithRawVisits() throws {
        let t = try TempStore()
        var rng = SplitMix64(seed: 7)
        var events: [ShopEvent] = []
        for i in 0..<600 {
            let visitor = "v\(rng.next() % 40)"
            let at = T.at(1, 0) + Int64(rng.next() % (40 * 86_400))
            events.append(visit("x\(i)", visitor, at, pages: Int(rng.next() % 9) + 1, seconds: Int(rng.next() % 600)))
        }
        _ = try t.store.apply(events)
        let raw = try t.rows("""
            SELECT day, count(DISTINCT visitor), sum(pages), count(*), sum(duration_s) FROM visits GROUP BY day ORDER BY day
            """)
        #expect(try t.rows("SELECT day, uv, pv, visits, stay_s FROM rollup_day ORDER BY day") == raw)
        let rawNew = try t.rows("""
            SELECT day, count(*) FROM (SELECT visitor, min(day) AS day FROM visits GROUP BY visitor) GROUP BY day ORDER BY day
            """)
        #expect(try t.rows("SELECT day, new_visitors FROM rollup_day WHERE new_visitors > 0 ORDER BY day") == rawNew)
        let rawCohorts = try t.rows("""
            WITH first AS (SELECT visitor, min(day) AS d FROM visitor_days GROUP BY visitor)
            SELECT first.d, vd.day - first.d AS off, count(*) FROM visitor_days vd JOIN first USING (visitor)
            WHERE vd.day - first.d IN (1, 2, 3, 4, 5, 6, 7, 14, 30) GROUP BY 1, 2 ORDER BY 1, 2
            """)
        #expect(try t.rows("SELECT cohort_day, offset, returned FROM rollup_cohort WHERE returned != 0 ORDER BY 1, 2")
                == rawCohorts)
        #expect(!rawCohorts.isEmpty)
    }
}

