import Testing
@testable import ShopDashboard

@Suite struct BoxTests {
    @Test func frameAndTitleUnicode() {
        var g = Grid(width: 16, height: 4)
        let inner = Box.draw(into: &g, rect: g.bounds, title: "销售 Sales", theme: probeTheme, glyphs: .unicode)
        #expect(inner == Rect(x: 1, y: 1, width: 14, height: 2))
        #expect(rows(g) == [
            "┌─ 销售 Sales ─┐",
            "│              │",
            "│              │",
            "└──────────────┘",
        ])
        #expect(role(at: 0, 0, in: g) == .border)
        #expect(role(at: 3, 0, in: g) == .title)
    }

    @Test func longTitlesAreCutAndFocusChangesTheBorder() {
        var g = Grid(width: 12, height: 3)
        Box.draw(into: &g, rect: g.bounds, title: "Logistics & after-sales", theme: probeTheme, glyphs: .ascii, focused: true)
        #expect(rows(g) == ["+- Logis~ -+", "|          |", "+----------+"])
        #expect(role(at: 0, 0, in: g) == .accent)
    }

    @Test func insideIsBlankedAndNothingSpills() {
        var g = markedGrid(width: 20, height: 8)
        let rect = Rect(x: 4, y: 2, width: 8, height: 4)
        let inner = Box.draw(into: &g, rect: rect, title: nil, theme: probeTheme, glyphs: .unicode)
        #expect(touchedOutside(g, rect).isEmpty)
        for y in inner.y..<inner.maxY { for x in inner.x..<inner.maxX { #expect(g[x, y].text == " ") } }
    }

    @Test func tooSmallRectsGetNoFrame() {
        var g = markedGrid(width: 5, height: 5)
        let inner = Box.draw(into: &g, rect: Rect(x: 1, y: 1, width: 1, height: 3), title: "x", theme: probeTheme, glyphs: .unicode)
        #expect(inner == Rect(x: 1, y: 1, width: 1, height: 3))
        #expect(touchedOutside(g, inner).isEmpty)
    }

    @Test func titleCannotCarryEscapes() {
        var g = Grid(width: 20, height: 3)
        Box.draw(into: &g, rect: g.bounds, title: "\u{1B}]0;x\u{7}", theme: probeTheme, glyphs: .unicode)
        #expect(rows(g)[0] == "┌─ ␛]0;x␇ ─────────┐")
    }
}
