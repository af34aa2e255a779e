import Testing
@testable import ShopDashboard

@Suite struct BarsTests {
    let items = [BarItem(label: "直播", value: 500, text: "¥5,000"),
                 BarItem(label: "公众号", value: 230, text: "¥2,300", role: .series2),
                 BarItem(label: "Search", value: 7, text: "¥70"),
                 BarItem(label: "Ads", value: 0, text: "¥0")]

    @Test func unicodeGoldenWithEighths() {
        var g = Grid(width: 32, height: 4)
        Bars.draw(into: &g, rect: g.bounds, items: items, theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == [
            "直播   ██████████████████ ¥5,000",
            "公众号 ████████▎          ¥2,300",
            "Search ▎                     ¥70",
            "Ads                           ¥0",
        ])
        #expect(role(at: 7, 0, in: g) == .series1)
        #expect(role(at: 7, 1, in: g) == .series2)
        #expect(role(at: 0, 0, in: g) == .text)
        #expect(role(at: 31, 0, in: g) == .muted)
    }

    @Test func asciiGolden() {
        var g = Grid(width: 32, height: 4)
        Bars.draw(into: &g, rect: g.bounds, items: items, theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [
            "??     ################## Y5,000",
            "???    ########           Y2,300",
            "Search #                     Y70",
            "Ads                           Y0",
        ])
    }

    @Test func barLengthsAreProportional() {
        #expect(Bars.bar(value: 50, max: 100, width: 10, glyphs: .ascii) == "#####     ")
        #expect(Bars.bar(value: 100, max: 100, width: 4, glyphs: .unicode) == "████")
        #expect(Bars.bar(value: 1, max: 1_000_000, width: 4, glyphs: .unicode) == "▏   ")
        #expect(Bars.bar(value: 3, max: 16, width: 2, glyphs: .unicode) == "▍ ")  // 3 of 16 eighths
        #expect(Bars.bar(value: 200, max: 100, width: 3, glyphs: .ascii) == "###")
        #expect(Bars.bar(value: -5, max: 100, width: 3, glyphs: .ascii) == "   ")
        #expect(Bars.bar(value: 5, max: 0, width: 3, glyphs: .ascii) == "   ")
    }

    @Test func moreItemsThanRowsAndNarrowRectsStayInside() {
        var g = markedGrid(width: 40, height: 8)
        let rect = Rect(x: 3, y: 2, width: 12, height: 2)
        Bars.draw(into: &g, rect: rect, items: items, theme: probeTheme, glyphs: .unicode)
        #expect(touchedOutside(g, rect).isEmpty)
    }

    @Test func labelsAreSanitized() {
        var g = Grid(width: 20, height: 1)
        Bars.draw(into: &g, rect: g.bounds, items: [BarItem(label: "\u{1B}[31m", value: 1, text: "\u{9B}1")],
                  theme: probeTheme, glyphs: .unicode)
        #expect(!g.text.contains("\u{1B}") && !g.text.contains("\u{9B}"))
    }
}
