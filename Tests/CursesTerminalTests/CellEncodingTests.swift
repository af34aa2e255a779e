import CursesTerminal
import ShopDashboard
import Testing

struct CellEncodingTests {
    @Test func colourNumbersPerTerminalDepth() {
        #expect(CellEncoding.colorIndex(.default, colors: 256) == -1)
        #expect(CellEncoding.colorIndex(.ansi(9), colors: 256) == 9)
        #expect(CellEncoding.colorIndex(.ansi(9), colors: 8) == 1)
        #expect(CellEncoding.colorIndex(.indexed(214), colors: 256) == 214)
        #expect(CellEncoding.colorIndex(.rgb(0x12, 0x34, 0x56), colors: 1 << 24) == 0x123456)
        #expect(CellEncoding.colorIndex(.rgb(0x12, 0x34, 0x56), colors: 256) == -1)
    }

    @Test func oneCellIsASpacingCharacterWithItsMarksNulTerminated() {
        #expect(CellEncoding.characters("A", utf8: true) == [[65, 0]])
        #expect(CellEncoding.characters("中", utf8: true) == [[0x4E2D, 0]])
        #expect(CellEncoding.characters("e\u{301}", utf8: true) == [[0x65, 0x301, 0]])
        #expect(CellEncoding.characters("", utf8: true) == [])
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        #expect(CellEncoding.characters("\u{1B}", utf8: true) == [[0x20, 0]])
        #expect(CellEncoding.characters("\u{9B}", utf8: true) == [[0x20, 0]])
    }

    @Test func tooManyCombiningMarksAreCut() {
        let text = "a" + String(repeating: "\u{301}", count: 8)
        let cells = CellEncoding.characters(text, utf8: true, maxCombining: 4)
        #expect(cells == [[0x61, 0x301, 0x301, 0x301, 0x301, 0]])
    }

    @Test func outsideUTF8NonASCIIBecomesAQuestionMarkPerColumn() {
        #expect(CellEncoding.characters("中", utf8: false) == [[63, 0], [63, 0]])
        #expect(CellEncoding.characters("é", utf8: false) == [[63, 0]])
        #expect(CellEncoding.characters("x", utf8: false) == [[120, 0]])
    }
}
