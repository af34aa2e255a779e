import Testing
@testable import ShopModel

@Suite struct ShopCalendarTests {
    let cal = ShopCalendar.shanghai

    @Test func dayBoundaryFollowsShanghai() {
        // 2026-11-24 16:00:00 UTC is 2026-11-25 00:00:00 in Shanghai.
        let midnight: Int64 = 1_795_536_000
        #expect(cal.time(year: 2026, month: 11, day: 25) == midnight)
        #expect(cal.startOfDay(midnight) == midnight)
        #expect(cal.startOfDay(midnight - 1) == midnight - 86_400)
        #expect(cal.dayNumber(midnight) == cal.dayNumber(midnight - 1) + 1)
        #expect(cal.dayLabel(midnight - 1) == "2026-11-24")
        #expect(cal.timeLabel(midnight + 3_723, seconds: true) == "01:02:03")
        #expect(cal.startOfDay(midnight + 100, addingDays: -7) == midnight - 7 * 86_400)
    }

    @Test func rejectsImpossibleDates() {
        #expect(cal.time(year: 2026, month: 2, day: 30) == nil)
    }
}
