import Foundation
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
}
