import Testing
@testable import ShopDemo

@Suite struct DemoRandomTests {
    @Test func splitMixMatchesTheReferenceOutputs() {
        var g = SplitMix64(seed: 1_234_567)
        let first = (0..<5).map { _ in g.next() }
        #expect(first == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                          4_593_380_528_125_082_431, 16_408_922_859_458_223_821])
    }

    /// Values from an independent implementation of xoshiro256** seeded by SplitMix64(42).
    @Test func xoshiroMatchesAnIndependentImplementation() {
        var g = DemoRandom(seed: 42)
        let first = (0..<5).map { _ in g.next() }
        #expect(first == [1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009,
                          17_057_574_109_182_124_193, 18_295_552_978_065_317_476])
    }

    @Test func poissonMeansWhatItSays() {
        var g = DemoRandom(seed: 3)
        for mean in [0.3, 4.0, 55.0] {
            let n = 20_000
            let sum = (0..<n).reduce(0) { acc, _ in acc + g.poisson(mean) }
            let observed = Double(sum) / Double(n)
            #expect(abs(observed - mean) < 0.05 * mean + 0.02, "mean \(mean): observed \(observed)")
        }
    }

    @Test func belowStaysInRangeAndCoversIt() {
        var g = DemoRandom(seed: 9)
        var seen = Set<Int>()
        for _ in 0..<2_000 {
            let x = g.below(7)
            #expect((0..<7).contains(x))
            seen.insert(x)
        }
        #expect(seen.count == 7)
    }

    @Test func localClockStampsShopTime() {
        let clock = LocalClock(calendar: .shanghai)
        // 2026-11-25 00:30:05 in Shanghai is 2026-11-24 16:30:05 UTC.
        let t = ShopCalendarFixture.shanghai(2026, 11, 25, 0, 30, 5)
        #expect(clock.stamp(t) == "20261125003005")
        #expect(clock.hour(t) == 0)
        #expect(clock.dayStamp(ShopCalendarFixture.shanghai(2024, 2, 29, 23, 59, 59)) == "20240229")
    }
}

import ShopModel

enum ShopCalendarFixture {
    static func shanghai(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int, _ s: Int) -> Int64 {
        ShopCalendar.shanghai.time(year: y, month: m, day: d, hour: h, minute: min, second: s)!
    }
}
