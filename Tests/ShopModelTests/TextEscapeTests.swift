import Testing
@testable import ShopModel

@Suite struct TextEscapeTests {
    @Test func plainTextChineseAndEmojiPassUnchanged() {
        for s in ["NO1 ¥108.00", "小明的店 🎉", "Tiếng Việt", "café"] {
            #expect(TextEscape.escape(s) == s)
        }
    }

    @Test func controlsBidiAndSeparatorsBecomeVisibleEscapes() {
        #expect(TextEscape.escape("\u{1B}]52;c;aGk=\u{07}") == "\\u{1B}]52;c;aGk=\\u{7}")
        #expect(TextEscape.escape("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(TextEscape.escape("x\nf.csv:9: ok\r") == "x\\u{A}f.csv:9: ok\\u{D}")
        #expect(TextEscape.escape("\t\u{7F}\u{85}\u{9B}") == "\\u{9}\\u{7F}\\u{85}\\u{9B}")
        #expect(TextEscape.escape("abc\u{202E}fed\u{2066}\u{200B}") == "abc\\u{202E}fed\\u{2066}\\u{200B}")
        #expect(TextEscape.escape("a\u{2028}b") == "a\\u{2028}b")
    }

    @Test func longRunsOfCombiningMarksAreCut() {
        let tower = "Z" + String(repeating: "\u{0301}", count: 500) + "a"
        let out = TextEscape.escape(tower)
        #expect(out == "Z" + String(repeating: "\u{0301}", count: TextEscape.maxCombiningMarks) + "a")
        // Every base character gets its own allowance.
        let two = "e\u{0301}\u{0302}" + "o\u{0308}"
        #expect(TextEscape.escape(two) == two)
    }
}
