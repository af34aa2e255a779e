import CursesTerminal
import ShopDashboard
import Testing

/// The numbers are ncurses' own key codes (curses.h, octal there), so a wrong constant fails here.
struct KeyDecoderTests {
    @Test func functionKeysMapToTheirKeys() {
        let expected: [(UInt32, Key)] = [
            (0o403, .up), (0o402, .down), (0o404, .left), (0o405, .right),
            (0o523, .pageUp), (0o522, .pageDown), (0o406, .home), (0o550, .end),
            (0o541, .backTab), (0o527, .enter), (0o407, .backspace), (0o512, .delete),
            (0o632, .resize), (0o411, .function(1)), (0o422, .function(10)), (0o414, .function(4)),
        ]
        for (code, key) in expected {
            #expect(KeyDecoder.key(code: code, isKeyCode: true) == key, "key code \(code)")
        }
    }

    @Test func enterEscapeTabAndBackspaceFromPlainCharacters() {
        #expect(KeyDecoder.key(code: 10, isKeyCode: false) == .enter)
        #expect(KeyDecoder.key(code: 13, isKeyCode: false) == .enter)
        #expect(KeyDecoder.key(code: 27, isKeyCode: false) == .escape)
        #expect(KeyDecoder.key(code: 9, isKeyCode: false) == .tab)
        #expect(KeyDecoder.key(code: 127, isKeyCode: false) == .backspace)
        #expect(KeyDecoder.key(code: 8, isKeyCode: false) == .backspace)
    }

    @Test func controlLettersIncludingCtrlC() {
        #expect(KeyDecoder.key(code: 3, isKeyCode: false) == .ctrl("c"))
        #expect(KeyDecoder.key(code: 1, isKeyCode: false) == .ctrl("a"))
        #expect(KeyDecoder.key(code: 26, isKeyCode: false) == .ctrl("z"))
        #expect(KeyDecoder.key(code: 0, isKeyCode: false) == nil)
        #expect(KeyDecoder.key(code: 28, isKeyCode: false) == nil)
    }

    @Test func printableAndChineseCharacters() {
        #expect(KeyDecoder.key(code: 0x71, isKeyCode: false) == .char("q"))
        #expect(KeyDecoder.key(code: 0x2F, isKeyCode: false) == .char("/"))
        #expect(KeyDecoder.key(code: 0x4E2D, isKeyCode: false) == .char("中"))
        #expect(KeyDecoder.key(code: 0x20, isKeyCode: false) == .char(" "))
    }

    @Test func c1ControlsAndUnknownKeyCodesAreDropped() {
        #expect(KeyDecoder.key(code: 0x9B, isKeyCode: false) == nil)
        #expect(KeyDecoder.key(code: 0xD800, isKeyCode: false) == nil)
        #expect(KeyDecoder.key(code: 0o777, isKeyCode: true) == nil)
    }
}
