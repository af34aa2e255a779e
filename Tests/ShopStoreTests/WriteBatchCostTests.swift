import Foundation
import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// The cheaper write path keeps what the store says: lookups spared within a transaction, rows
/// inserted before they are looked up, and indexes no query reads.
@Suite struct WriteBatchCostTests {
    @Test func aVisitorAndTheirDayAreCountedOnceWhetherNewOrReturning() throws {
        let t = try TempStore()
        _ = try t.store.apply([visit("1", "v1", T.at(25, 9)), visit("2", "v1", T.at(25, 10)), visit("3", "v2", T.at(25, 11))])
        _ = try t.store.apply([visit("4", "v1", T.at(26, 9)), visit("5", "v1", T.at(24, 9))])
        #expect(try t.int("SELECT count(*) FROM visitors") == 2)
        #expect(try t.int("SELECT first_day FROM visitors WHERE visitor = 'v1'") == T.cal.dayNumber(T.at(24, 9)))
        #expect(try t.int("SELECT first_seen_at FROM visitors WHERE visitor = 'v1'") == T.at(24, 9))
        // v1 and v2 new on their first days; v1's count moved from the 25th to the 24th.
        #expect(try t.int("SELECT sum(new_visitors) FROM rollup_day") == 2)
        #expect(try t.int("SELECT new_visitors FROM rollup_day WHERE day = ?", [T.cal.dayNumber(T.at(25, 9))]) == 1)
        #expect(try t.int("SELECT count(*) FROM first_seen WHERE kind = 'visitor'") == 4)
        #expect(try t.int("SELECT first_at FROM first_seen WHERE kind = 'visitor' AND who = 'v1' AND day = ?",
                          [T.cal.dayNumber(T.at(25, 9))]) == T.at(25, 9))
        #expect(try t.int("SELECT sum(day_new) FROM rollup_reach WHERE kind = 'visitor'") == 4)
    }
}
