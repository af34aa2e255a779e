import Testing
@testable import ShopDashboard

@Suite struct OverlayTests {
    let help: [(String, String)] = [("", "Everywhere"), ("?", "this help"), ("1-7 Tab", "switch pane"),
                                    ("q", "quit"), ("", "This pane"), ("space", "pause / resume"), ("Enter", "open")]

    @Test func centredKeyAndDescriptionColumns() {
        var g = markedGrid(width: 34, height: 11, marker: ".")
        Overlay.list(into: &g, title: "Help", lines: help, theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == [
            "..................................",
            "...┌─ Help ──────────────────┐....",
            "...│ Everywhere              │....",
            "...│ ?        this help      │....",
            "...│ 1-7 Tab  switch pane    │....",
            "...│ q        quit           │....",
            "...│ This pane               │....",
            "...│ space    pause / resume │....",
            "...│ Enter    open           │....",
            "...└─────────────────────────┘....",
            "..................................",
        ])
        #expect(role(at: 6, 2, in: g) == .header)
        #expect(role(at: 6, 3, in: g) == .accent)
        #expect(role(at: 15, 3, in: g) == .text)
    }

    @Test func tooManyLinesAreClippedWithMarks() {
        var g = Grid(width: 34, height: 6)
        Overlay.list(into: &g, title: "Help", lines: help, scroll: 2, theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == [
            "",
            "   +- Help ------------------+",
            "   | 1-7 Tab  switch pane   ^|",
            "   | q        quit          v|",
            "   +-------------------------+",
            "",
        ])
    }

    @Test func scrollIsClampedAndTinyGridsAreSafe() {
        var g = Grid(width: 34, height: 6)
        Overlay.list(into: &g, title: "Help", lines: help, scroll: 99, theme: probeTheme, glyphs: .ascii)
        #expect(rows(g)[3].contains("Enter"))
        for (w, h) in [(0, 0), (3, 3), (10, 2)] {
            var small = Grid(width: w, height: h)
            Overlay.list(into: &small, title: "Help", lines: help, theme: probeTheme, glyphs: .unicode)
        }
    }

    @Test func chineseDescriptionsLineUp() {
        var g = Grid(width: 30, height: 6)
        Overlay.list(into: &g, title: "帮助", lines: [("?", "显示帮助"), ("q", "退出")], theme: probeTheme, glyphs: .unicode)
        let r = rows(g)
        #expect(r[1] == "       ┌─ 帮助 ──────┐")
        #expect(r[2] == "       │ ?  显示帮助 │")
        #expect(r[3] == "       │ q  退出     │")
    }
}
