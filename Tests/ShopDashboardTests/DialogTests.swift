import Testing
@testable import ShopDashboard

@Suite struct DialogTests {
    @Test func centredWithWrappedMessageAndHint() {
        var g = markedGrid(width: 40, height: 9, marker: ".")
        Dialog.confirm(into: &g, title: "Confirm", message: "Pause coupon batch \"满100减20\"? Orders already placed keep their discount.",
                       theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == [
            "........................................",
            "..┌─ Confirm ────────────────────────┐..",
            "..│ Pause coupon batch \"满100减20\"?  │..",
            "..│ Orders already placed keep their │..",
            "..│ discount.                        │..",
            "..│                                  │..",
            "..│ y/Enter confirm · n/Esc cancel   │..",
            "..└──────────────────────────────────┘..",
            "........................................",
        ])
    }

    @Test func shortMessagesGetASmallBox() {
        var g = markedGrid(width: 50, height: 7, marker: ".")
        Dialog.confirm(into: &g, title: "确认", message: "暂停？", hint: "y 确认 · n 取消", theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [
            "..................................................",
            ".................+- ?? --------+..................",
            ".................| ???         |..................",
            ".................|             |..................",
            ".................| y ?? - n ?? |..................",
            ".................+-------------+..................",
            "..................................................",
        ])
    }

    @Test func lineBreaksInTheMessageStartNewLines() {
        var g = Grid(width: 30, height: 7)
        Dialog.confirm(into: &g, title: "Stop", message: "Stop \"A\u{1B}[2J\"?\nIt cannot be restarted.", hint: "y / n",
                       theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [
            " +- Stop ------------------+",
            " | Stop \"A?[2J\"?           |",
            " | It cannot be restarted. |",
            " |                         |",
            " | y / n                   |",
            " +-------------------------+",
            "",
        ])
    }

    @Test func tinyScreensClipInsteadOfCrashing() {
        for (w, h) in [(0, 0), (1, 1), (5, 3), (12, 4), (80, 2)] {
            var g = Grid(width: w, height: h)
            Dialog.confirm(into: &g, title: "Confirm", message: String(repeating: "long words ", count: 30),
                           theme: probeTheme, glyphs: .unicode)
            #expect(g.width == w)
        }
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWordsAndChinese() {
        #expect(Wrap.lines("one two three", columns: 7) == ["one two", "three"])
        #expect(Wrap.lines("abcdefghij", columns: 4) == ["abcd", "efgh", "ij"])
        #expect(Wrap.lines("暂停优惠券批次吗", columns: 5) == ["暂停", "优惠", "券批", "次吗"])
        #expect(Wrap.lines("", columns: 5) == [""])
        #expect(Wrap.lines("a", columns: 0) == [])
    }
}
