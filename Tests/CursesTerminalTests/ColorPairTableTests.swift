import CursesTerminal
import Testing

struct ColorPairTableTests {
    @Test func pairsAreAllocatedOnceAndReused() {
        var defined: [(Int32, ColorPairTable.Colors)] = []
        var table = ColorPairTable(capacity: 10) { number, colors in defined.append((number, colors)); return true }
        let red = ColorPairTable.Colors(fg: 1, bg: -1)
        let blueOnWhite = ColorPairTable.Colors(fg: 4, bg: 7)
        #expect(table.pair(for: red) == 1)
        #expect(table.pair(for: blueOnWhite) == 2)
        #expect(table.pair(for: red) == 1)
        #expect(defined.map(\.0) == [1, 2])
        #expect(defined.map(\.1) == [red, blueOnWhite])
    }

    @Test func defaultColoursNeedNoPair() {
        var calls = 0
        var table = ColorPairTable(capacity: 10) { _, _ in calls += 1; return true }
        #expect(table.pair(for: .init(fg: -1, bg: -1)) == 0)
        #expect(calls == 0)
    }

    @Test func exhaustedOrRefusedPairsFallBackToDefaultColours() {
        var table = ColorPairTable(capacity: 2) { _, _ in true }
        #expect(table.pair(for: .init(fg: 1, bg: -1)) == 1)
        #expect(table.pair(for: .init(fg: 2, bg: -1)) == 2)
        #expect(table.pair(for: .init(fg: 3, bg: -1)) == 0)
        #expect(table.count == 2)

        var refusing = ColorPairTable(capacity: 5) { _, _ in false }
        #expect(refusing.pair(for: .init(fg: 1, bg: 2)) == 0)
        #expect(refusing.count == 0)
    }
}
