import Foundation
import ShopModel
import Testing
@testable import ShopStore

@Suite struct ImportTimeParserTests {
    let shanghaiParser = TimeParser(zone: TimeZone(identifier: "Asia/Shanghai")!)

    @Test func defaultAcceptsWallClockRFC3339AndUnixSeconds() {
        let expected = shanghai(2026, 11, 24, 9, 30, 5)
        #expect(shanghaiParser.parse("2026-11-24 09:30:05") == expected)
        #expect(shanghaiParser.parse("2026/11/24 09:30:05") == expected)
        #expect(shanghaiParser.parse("2026-11-24T01:30:05Z") == expected)
        #expect(shanghaiParser.parse("2026-11-24T09:30:05+08:00") == expected)
        #expect(shanghaiParser.parse("2026-11-24T02:30:05.250+01:00") == expected)
        #expect(shanghaiParser.parse(String(expected)) == expected)
        #expect(shanghaiParser.parse("2026-11-24 09:30") == expected - 5)
        #expect(shanghaiParser.parse("2026-11-24") == shanghai(2026, 11, 24, 0, 0))
    }

    @Test func refusesImpossibleAndMalformedTimes() {
        for text in ["2026-11-31 10:00:00", "2026-11-24 25:00:00", "2026-11-24 10:61", "24/11/2026", "soon",
                     "2026-11-24 10:00:00+8", "2026-11-24X10:00:00", ""] {
            #expect(shanghaiParser.parse(text) == nil, "\(text)")
        }
    }

    @Test func wallClockFollowsTheGivenZone() {
        let utc = TimeParser(zone: TimeZone(identifier: "UTC")!)
        #expect(utc.parse("2026-11-24 00:00:00")! - shanghaiParser.parse("2026-11-24 00:00:00")! == 8 * 3600)
    }

    @Test func customPatternIsExact() {
        let parser = TimeParser(zone: TimeZone(identifier: "Asia/Shanghai")!, pattern: "dd/MM/yyyy HH:mm")
        #expect(parser.parse("24/11/2026 23:59") == shanghai(2026, 11, 24, 23, 59))
        #expect(parser.parse("2026-11-24 23:59:00") == nil)
        #expect(parser.parse("31/11/2026 10:00") == nil)
        #expect(parser.expected.contains("dd/MM/yyyy HH:mm"))
    }

    @Test func arithmeticAgreesWithTheCalendar() {
        // Every day of four years (one a leap year, one a century that is not) at a few times.
        let zones = ["Asia/Shanghai", "UTC", "America/Sao_Paulo"].map { TimeZone(identifier: $0)! }
        for zone in zones {
            let calendar = ShopCalendar(timeZone: zone)
            for year in [1900, 2000, 2026, 2028] {
                for month in 1...12 {
                    for day in 1...CivilDate.daysIn(month: month, year: year) {
                        let (h, m, s) = ((day * 7) % 24, (day * 13) % 60, (day * 17) % 60)
                        let text = String(format: "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, h, m, s)
                        #expect(TimeParser.parseWallClock(text, zone: zone)
                                == calendar.time(year: year, month: month, day: day, hour: h, minute: m, second: s), "\(text) \(zone.identifier)")
                    }
                }
            }
        }
        #expect(WrittenTime(year: 2028, month: 2, day: 29).wallSeconds == 1_835_395_200)
        #expect(!WrittenTime(year: 2026, month: 2, day: 29).isValid)
        #expect(WrittenTime.read("2026-11-31 10:00")?.isValid == false)
        #expect(WrittenTime.read("2026-11-25 25:00") != nil && WrittenTime.read("2026-11-25 25:00")?.isValid == false)
    }

    @Test func timesSkippedOrRepeatedByDaylightSaving() {
        let newYork = TimeZone(identifier: "America/New_York")!
        // 2026-03-08 02:30 does not exist in New York; 01:30 on 2026-11-01 happens twice (first one wins).
        #expect(TimeParser.parseWallClock("2026-03-08 02:30:00", zone: newYork) == nil)
        #expect(TimeParser.parseWallClock("2026-03-08 03:30:00", zone: newYork) == 1_772_955_000)
        let repeated = TimeParser.parseWallClock("2026-11-01 01:30:00", zone: newYork)
        #expect(repeated == 1_793_511_000 || repeated == 1_793_514_600)
    }
}
