import Testing
@testable import ShopDashboard

/// Every rect-based widget, in random rects (some partly or wholly off the grid), stays inside
/// its rect and never traps.
@Suite struct ContainmentTests {
    struct LCG: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    let nasty = ["张三丰的店铺老顾客", "\u{1B}[2J\u{1B}]0;x\u{7}", "👍🏽🇨🇳", "a\u{202E}b", String(repeating: "长", count: 300), ""]

    func widgets(_ g: inout Grid, _ rect: Rect, _ glyphs: Glyphs, _ i: Int) {
        let text = nasty[i % nasty.count]
        switch i % 9 {
        case 0:
            Table.draw(into: &g, rect: rect, columns: [TableColumn(title: text, width: 6), TableColumn(title: "b", width: 0),
                                                       TableColumn(title: "c", width: 4, align: .right)],
                       rows: (0..<12).map { ["\($0)", text, "¥\($0)"] }, selected: i % 12, scroll: i % 7,
                       theme: probeTheme, glyphs: glyphs, rowRoles: [.bad], cellRoles: [[nil, .good]])
        case 1:
            Chart.draw(into: &g, rect: rect, series: [ChartSeries(values: (0..<i % 50).map { Int64($0 * 7 % 13) }, role: .series1, label: text),
                                                      ChartSeries(values: [3, 1, 4, 1, 5], role: .series2, label: "b")],
                       xLabels: [text, "12:00", text], yFormat: { "¥\($0)" + text }, theme: probeTheme, glyphs: glyphs)
        case 2:
            Chart.drawColumns(into: &g, rect: rect, series: ChartSeries(values: (0..<i % 90).map { Int64($0 % 11) }, role: .series1, label: text),
                              xLabels: [text], yFormat: { "\($0)" }, theme: probeTheme, glyphs: glyphs)
        case 3:
            Bars.draw(into: &g, rect: rect, items: [BarItem(label: text, value: 5, text: text), BarItem(label: "x", value: 2, text: "2")],
                      theme: probeTheme, glyphs: glyphs)
        case 4:
            Box.draw(into: &g, rect: rect, title: text, theme: probeTheme, glyphs: glyphs, focused: i % 2 == 0)
        case 5:
            Form.draw(into: &g, rect: rect, title: text, fields: [FormField(label: text, value: text, error: text),
                                                                  FormField(label: "b", value: "")],
                      focus: i % 3, theme: probeTheme, glyphs: glyphs, hint: text)
        case 6:
            Card.draw(into: &g, rect: rect, title: text, value: text, deltas: [CardDelta(now: 3, before: 1, label: text)],
                      sparkline: [1, 2, 3], theme: probeTheme, glyphs: glyphs)
        case 7:
            Input.draw(into: &g, rect: rect, prompt: text, text: text, placeholder: text, focused: true, theme: probeTheme, glyphs: glyphs)
        default:
            guard rect.height > 0 else { return }
            g.put(Sparkline.render([1, 5, 2], width: max(0, min(rect.width, g.width - rect.x)), glyphs: glyphs),
                  x: rect.x, y: rect.y, maxX: rect.maxX)
        }
    }

    @Test func randomRectsStayInside() {
        var rng = LCG(state: 7)
        for i in 0..<360 {
            let rect = Rect(x: Int.random(in: -5...30, using: &rng), y: Int.random(in: -3...12, using: &rng),
                            width: Int.random(in: 0...40, using: &rng), height: Int.random(in: 0...12, using: &rng))
            let glyphs: Glyphs = i % 2 == 0 ? .unicode : .ascii
            var g = markedGrid(width: 32, height: 12)
            widgets(&g, rect, glyphs, i)
            #expect(touchedOutside(g, rect).isEmpty, "widget \(i % 9) in \(rect)")
            if !glyphs.isUnicode {
                #expect(g.text.unicodeScalars.allSatisfy { $0.isASCII }, "widget \(i % 9) in \(rect)")
            }
            #expect(!g.text.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x0A || (0x80...0x9F).contains($0.value) })
        }
    }

    @Test func screenWidgetsOnAnyScreenSize() {
        var rng = LCG(state: 11)
        for i in 0..<40 {
            var g = Grid(width: Int.random(in: 0...90, using: &rng), height: Int.random(in: 0...30, using: &rng))
            let text = nasty[i % nasty.count]
            Dialog.confirm(into: &g, title: text, message: text + " " + text, theme: probeTheme, glyphs: .unicode)
            Overlay.list(into: &g, title: text, lines: (0..<i % 40).map { (text, "\($0) " + text) }, scroll: i % 5,
                         theme: probeTheme, glyphs: i % 2 == 0 ? .unicode : .ascii)
        }
    }
}
