import Testing
@testable import ShopDashboard

@Suite struct FormTests {
    let fields = [FormField(label: "名称", value: "满100减20"),
                  FormField(label: "Value (¥)", value: "abc", error: "not an amount (e.g. 12.50)"),
                  FormField(label: "Quota", value: "100")]

    @Test func goldenWithErrorAndHint() {
        var g = Grid(width: 36, height: 8)
        Form.draw(into: &g, rect: g.bounds, title: "New coupon batch", fields: fields, focus: 1,
                  theme: probeTheme, glyphs: .unicode, hint: "Tab next · Enter save")
        #expect(rows(g) == [
            "┌─ New coupon batch ───────────────┐",
            "│ 名称       满100减20             │",
            "│ Value (¥)  abc▏                  │",
            "│ ⚠ not an amount (e.g. 12.50)     │",
            "│ Quota      100                   │",
            "│                                  │",
            "│ Tab next · Enter save            │",
            "└──────────────────────────────────┘",
        ])
        #expect(role(at: 2, 2, in: g) == .accent)
        #expect(g[13, 2].style.fg == probeTheme.style(.selection).fg)
        #expect(role(at: 2, 3, in: g) == .bad)
        #expect(g[13, 1].style.underline)
    }

    @Test func asciiGolden() {
        var g = Grid(width: 36, height: 7)
        Form.draw(into: &g, rect: g.bounds, title: "New", fields: fields, focus: 0, theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [
            "+- New ----------------------------+",
            "| ??         ?100?20_              |",
            "| Value (Y)  abc                   |",
            "| ! not an amount (e.g. 12.50)     |",
            "| Quota      100                   |",
            "|                                  |",
            "+----------------------------------+",
        ])
        #expect(g.text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func longValuesKeepTheirEndVisibleWhileTyping() {
        var g = Grid(width: 24, height: 3)
        let long = FormField(label: "N", value: "abcdefghijklmnopqrstuvwxyz")
        Form.draw(into: &g, rect: g.bounds, title: "t", fields: [long], focus: 0, theme: probeTheme, glyphs: .unicode)
        #expect(rows(g)[1] == "│ N  …lmnopqrstuvwxyz▏ │")
        #expect(Form.tail("张三丰的店", columns: 5, glyphs: .unicode) == "…的店")
    }

    @Test func fieldsThatDoNotFitAreLeftOutNotSpilled() {
        var g = markedGrid(width: 30, height: 10)
        let rect = Rect(x: 2, y: 1, width: 20, height: 4)
        Form.draw(into: &g, rect: rect, title: "t", fields: fields, focus: 2, theme: probeTheme, glyphs: .unicode, hint: "hint")
        #expect(touchedOutside(g, rect).isEmpty)
        #expect(rows(g)[3].contains("hint"))
    }
}
