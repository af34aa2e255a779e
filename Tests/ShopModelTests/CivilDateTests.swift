import Foundation
import Testing
@testable import ShopModel

@Suite struct CivilDateTests {
    @Test func agreesWithFoundationAcrossCenturies() {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        // 1900 (not leap), 2000 (leap), the epoch and dates before it, every 37th day of 300 years.
        for days in stride(from: Int64(-25_567), through: 84_000, by: 37) {
            let date = Date(timeIntervalSince1970: TimeInterval(days * 86_400))
            let c = utc.dateComponents([.year, .month, .day], from: date)
            let civil = CivilDate.fromDays(days)
            #expect(civil.year == c.year && civil.month == c.month && civil.day == c.day, "\(days)")
            #expect(CivilDate.days(year: civil.year, month: civil.month, day: civil.day) == days)
        }
    }

    @Test func knowsItsMonths() {
        #expect(CivilDate.daysIn(month: 2, year: 1900) == 28)
        #expect(CivilDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CivilDate.daysIn(month: 2, year: 2028) == 29)
        #expect(CivilDate.isValid(year: 2026, month: 11, day: 30))
        #expect(!CivilDate.isValid(year: 2026, month: 11, day: 31))
        #expect(CivilDate.days(year: 2026, month: 11, day: 25) == 20_782)
    }
}
