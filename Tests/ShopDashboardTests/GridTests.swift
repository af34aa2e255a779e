import Testing
@testable import ShopDashboard

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCells() {
        var g = Grid(width: 6, height: 1)
        let end = g.put("订单A", x: 0, y: 0)
        #expect(end == 5)
        #expect(g.text == "订单A ")
        #expect(g[1, 0].isContinuation)
    }

    @Test func clipsWideCharacterAtEdge() {
        var g = Grid(width: 3, height: 1)
        g.put("a订单", x: 0, y: 0)
        #expect(g.text == "a订")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var g = Grid(width: 4, height: 1)
        g.put("订单", x: 0, y: 0)
        g.put("x", x: 1, y: 0)
        #expect(g.text == " x单")
    }
}
