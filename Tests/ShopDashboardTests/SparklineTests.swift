import Testing
@testable import ShopDashboard

@Suite struct SparklineTests {
    @Test func eightLevelsFromZeroToTheMaximum() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7], width: 8, glyphs: .unicode) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7], width: 8, glyphs: .ascii) == "_.-~=+*#")
    }

    @Test func fewerValuesThanColumnsArePaddedOnTheRight() {
        #expect(Sparkline.render([0, 7], width: 5, glyphs: .unicode) == "▁█   ")
        #expect(Sparkline.render([], width: 3, glyphs: .unicode) == "   ")
        #expect(Sparkline.render([5], width: 0, glyphs: .unicode) == "")
    }

    @Test func flatSeriesSitAtTheBottom() {
        #expect(Sparkline.render([0, 0, 0], width: 3, glyphs: .unicode) == "▁▁▁")
        // Equal positive values scale from zero, so a steady shop shows full bars.
        #expect(Sparkline.render([9, 9], width: 2, glyphs: .unicode) == "██")
    }

    @Test func moreValuesThanColumnsAreAveraged() {
        // 24 hours into 12 columns: each column is the mean of two hours.
        let hours: [Int64] = (0..<24).map { $0 < 12 ? 0 : 14 }
        #expect(Sparkline.render(hours, width: 12, glyphs: .ascii) == "______######")
        #expect(Sparkline.resample([1, 3, 5, 7, 9], to: 2) == [2, 7])
    }

    @Test func alwaysExactlyWidthColumns() {
        for width in 0..<30 {
            for count in [0, 1, 5, 24, 60] {
                let values = (0..<count).map { Int64($0 * 7 % 11) }
                #expect(TextWidth.columns(Sparkline.render(values, width: width, glyphs: .unicode)) == width)
            }
        }
    }

    @Test func negativeValuesScaleFromTheLowest() {
        #expect(Sparkline.render([-7, 0], width: 2, glyphs: .unicode) == "▁█")
    }
}
