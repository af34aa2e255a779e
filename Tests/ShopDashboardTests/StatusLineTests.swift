import Testing
@testable import ShopDashboard

@Suite struct StatusLineTests {
    @Test func rolesWithoutBackgroundSitOnTheBar() {
        let theme = Theme(name: "t", styles: [.statusBar: Style(fg: .ansi(15), bg: .ansi(8)), .good: Style(fg: .ansi(2)),
                                              .role: Style(fg: .ansi(0), bg: .ansi(3))])
        var g = Grid(width: 20, height: 1)
        StatusLine.draw(into: &g, rect: g.bounds, left: [("live", .good)], right: [("ops", .role)], theme: theme, glyphs: .ascii)
        #expect(g[1, 0].style == Style(fg: .ansi(2), bg: .ansi(8)))
        #expect(g[18, 0].style == Style(fg: .ansi(0), bg: .ansi(3)))
        #expect(g[10, 0].style == Style(fg: .ansi(15), bg: .ansi(8)))
    }

    @Test func leftAndRightSegments() {
        var g = Grid(width: 40, height: 1)
        StatusLine.draw(into: &g, rect: g.bounds, left: [("live", .good), ("updated 12:00:01", .statusBar)],
                        right: [("运营", .role), ("? help", .statusBar)], theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == [" live  updated 12:00:01    运营  ? help"])
        #expect(g[1, 0].style.fg == probeTheme.style(.good).fg)
        #expect(g[1, 0].style.bg == probeTheme.style(.statusBar).bg)
        #expect(role(at: 29, 0, in: g) == .role)
    }

    @Test func rightSegmentsWinWhenNarrow() {
        var g = Grid(width: 20, height: 1)
        StatusLine.draw(into: &g, rect: g.bounds, left: [("a long left segment", .statusBar)],
                        right: [("operator", .role)], theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [" a long ~  operator"])
        var tiny = Grid(width: 6, height: 1)
        StatusLine.draw(into: &tiny, rect: tiny.bounds, left: [("x", .statusBar)],
                        right: [("operator", .role), ("q", .statusBar)], theme: probeTheme, glyphs: .ascii)
        #expect(rows(tiny) == [" ~  q"])
    }
}
