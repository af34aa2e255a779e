import Testing
@testable import ShopDashboard

@Suite struct TabsTests {
    @Test func fullNamesWhenTheyFit() {
        var g = Grid(width: 40, height: 1)
        let rects = Tabs.draw(into: &g, rect: g.bounds, titles: ["总览", "Sales", "Feed"], active: 1,
                              theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == [" 1 总览  2 Sales  3 Feed"])
        #expect(rects == [Rect(x: 0, y: 0, width: 8, height: 1), Rect(x: 8, y: 0, width: 9, height: 1),
                          Rect(x: 17, y: 0, width: 8, height: 1)])
        #expect(role(at: 9, 0, in: g) == .tabActive)
        #expect(role(at: 0, 0, in: g) == .tabInactive)
        #expect(role(at: 39, 0, in: g) == .tabInactive)
        #expect(Tabs.hit(x: 10, y: 0, in: rects) == 1)
        #expect(Tabs.hit(x: 30, y: 0, in: rects) == nil)
    }

    @Test func numbersOnlyWhenNarrowButTheActiveKeepsItsName() {
        var g = Grid(width: 30, height: 1)
        let names = (0..<7).map { Strings(.en).pane($0) }
        Tabs.draw(into: &g, rect: g.bounds, titles: names, active: 3, theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [" 1  2  3  4 Orders  5  6  7"])
    }
}
