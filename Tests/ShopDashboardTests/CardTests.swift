import Testing
@testable import ShopDashboard

@Suite struct CardTests {
    let deltas = [CardDelta(now: 112, before: 100, label: "vs yesterday"),
                  CardDelta(now: 90, before: 100, label: "vs last week")]

    @Test func fullCard() {
        var g = Grid(width: 20, height: 5)
        Card.draw(into: &g, rect: g.bounds, title: "GMV 成交额", value: "¥12,345.67", deltas: deltas,
                  sparkline: [0, 1, 2, 3, 4, 5, 6, 7], theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == [
            "GMV 成交额",
            "¥12,345.67",
            "▲+12.0% vs yesterday",
            "▼-10.0% vs last week",
            "▁▂▃▄▅▆▇█",
        ])
        #expect(role(at: 0, 2, in: g) == .good)
        #expect(role(at: 0, 3, in: g) == .bad)
        #expect(role(at: 9, 2, in: g) == .muted)
        #expect(g[0, 1].style.bold)
        #expect(role(at: 0, 4, in: g) == .series1)
    }

    @Test func shortCardsKeepTheFirstComparisonAndTheSparkline() {
        var g = Grid(width: 14, height: 4)
        Card.draw(into: &g, rect: g.bounds, title: "Refund rate", value: "1.2%",
                  deltas: [CardDelta(now: 3, before: 2, label: "yday", higherIsBetter: false), deltas[1]],
                  sparkline: [1, 1], theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == ["Refund rate", "1.2%", "^+50.0% yday", "##"])
        #expect(role(at: 0, 2, in: g) == .bad)
    }

    @Test func noChangeIsMutedAndNarrowCardsCut() {
        let flat = CardDelta(now: 0, before: 0, label: "vs yesterday", glyphs: .ascii)
        #expect(flat.role == .muted && flat.text == "-")
        var g = markedGrid(width: 20, height: 6)
        let rect = Rect(x: 2, y: 1, width: 8, height: 3)
        Card.draw(into: &g, rect: rect, title: "Conversion", value: "12.34%", deltas: [flat], sparkline: nil,
                  theme: probeTheme, glyphs: .unicode)
        #expect(touchedOutside(g, rect).isEmpty)
        #expect(rows(g)[1] == "xxConvers…xxxxxxxxxx")
        #expect(rows(g)[3] == "xx - vs y…xxxxxxxxxx")
    }
}
