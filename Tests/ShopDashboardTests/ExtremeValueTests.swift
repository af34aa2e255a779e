import Testing
@testable import ShopDashboard

/// A corrupt or hostile number in the store must never take the dashboard down.
@Suite struct ExtremeValueTests {
    let extremes: [Int64] = [.max, .min, 0, .max - 1, -1, .min + 1]

    @Test func formatNeverTraps() {
        for a in extremes {
            for b in extremes {
                _ = Format.change(a, b)
            }
            _ = Format.count(Int(a), language: .zh)
            _ = Format.count(Int(a), language: .en)
            _ = Format.duration(a)
        }
        for r in [Double.infinity, -.infinity, .nan, 1e300, -1e300, Double(Int64.max)] {
            _ = Format.percent(r)
        }
        #expect(Format.percent(1e300) == ">999,999%")
        #expect(Format.change(.max, 1) == ">+999,999%")
        #expect(Format.change(.min, 1) == "<-999,999%")
    }

    @Test func widgetsNeverTrap() {
        var g = Grid(width: 40, height: 10)
        let series = [ChartSeries(values: extremes, role: .series1, label: "x"),
                      ChartSeries(values: extremes.reversed(), role: .series2, label: "y")]
        for glyphs in [Glyphs.unicode, .ascii] {
            Chart.draw(into: &g, rect: g.bounds, series: series, xLabels: ["a", "b"], yFormat: { "\($0)" },
                       theme: probeTheme, glyphs: glyphs)
            _ = Sparkline.render(extremes, width: 3, glyphs: glyphs)
            _ = Sparkline.render(extremes, width: 20, glyphs: glyphs)
            Bars.draw(into: &g, rect: g.bounds, items: extremes.map { BarItem(label: "v", value: $0, text: "\($0)") },
                      theme: probeTheme, glyphs: glyphs)
        }
        for a in extremes { for b in extremes { _ = CardDelta(now: a, before: b, label: "") } }
        #expect(CardDelta(now: .max, before: .min, label: "").direction == 1)
        #expect(CardDelta(now: .min, before: .max, label: "").direction == -1)
    }
}
