import Testing
@testable import ShopDashboard

@Suite struct LineEditTests {
    @Test func typingAndDeleting() {
        var e = LineEdit()
        var handled: [Bool] = []
        for c in "5678 小明" { handled.append(e.apply(.char(c))) }
        #expect(e.text == "5678 小明")
        handled.append(e.apply(.backspace))
        #expect(e.text == "5678 小")
        handled.append(e.apply(.ctrl("w")))
        #expect(e.text == "5678 ")
        handled.append(e.apply(.ctrl("w")))
        #expect(e.text == "")
        e.apply(.char("a"))
        handled.append(e.apply(.ctrl("u")))
        #expect(e.text == "")
        handled.append(e.apply(.backspace))
        #expect(handled.allSatisfy { $0 })
    }

    @Test func controlCharactersAreRefused() {
        var e = LineEdit("ab")
        e.apply(.char("\u{1B}"))
        e.apply(.char("\u{202E}"))
        e.apply(.char("\n"))
        e.apply(.char("\u{9B}"))
        #expect(e.text == "ab")
        #expect(LineEdit("a\u{1B}[2J").text == "a␛[2J")
    }

    @Test func otherKeysAreLeftToTheCaller() {
        var e = LineEdit("x")
        for key in [Key.enter, .escape, .up, .down, .tab, .pageDown, .ctrl("c")] {
            let handled = e.apply(key)
            #expect(!handled, "\(key)")
        }
        #expect(e.text == "x")
    }

    @Test func lengthIsCapped() {
        var e = LineEdit(maxLength: 3)
        for c in "abcdef" { e.apply(.char(c)) }
        #expect(e.text == "abc")
    }
}

@Suite struct InputTests {
    @Test func promptTextAndCursor() {
        var g = Grid(width: 20, height: 1)
        Input.draw(into: &g, rect: g.bounds, prompt: "/", text: "小明", focused: true, theme: probeTheme, glyphs: .unicode)
        #expect(rows(g) == ["/ 小明▏"])
        #expect(role(at: 0, 0, in: g) == .accent)
        #expect(role(at: 2, 0, in: g) == .text)
    }

    @Test func placeholderWhileEmptyAndTailWhenLong() {
        var g = Grid(width: 24, height: 1)
        Input.draw(into: &g, rect: g.bounds, prompt: "search:", text: "", placeholder: "order no, phone tail",
                   focused: true, theme: probeTheme, glyphs: .ascii)
        #expect(rows(g) == ["search: _order no, phon~"])
        #expect(role(at: 10, 0, in: g) == .muted)
        var h = Grid(width: 12, height: 1)
        Input.draw(into: &h, rect: h.bounds, prompt: ":", text: "theme high-contrast", focused: false,
                   theme: probeTheme, glyphs: .ascii)
        #expect(rows(h) == [": ~-contrast"])
    }
}
