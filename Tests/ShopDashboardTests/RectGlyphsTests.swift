import Testing
@testable import ShopDashboard

@Suite struct RectTests {
    @Test func geometry() {
        let r = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(r.maxX == 12 && r.maxY == 7)
        #expect(r.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(r.inset(by: 3).isEmpty)
        #expect(r.contains(x: 2, y: 3) && !r.contains(x: 12, y: 3) && !r.contains(x: 2, y: 7))
        #expect(r.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == Rect(x: 2, y: 3, width: 3, height: 2))
        #expect(r.intersection(Rect(x: 50, y: 50, width: 5, height: 5)).isEmpty)
        #expect(Rect(x: 0, y: 0, width: 80, height: 24).centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(Rect(x: 0, y: 0, width: 10, height: 5).centered(width: 40, height: 10) == Rect(x: 0, y: 0, width: 10, height: 5))
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).width == 0)
    }

    @Test func splits() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        let (top, rest) = r.splitTop(1)
        #expect(top == Rect(x: 0, y: 0, width: 80, height: 1) && rest == Rect(x: 0, y: 1, width: 80, height: 23))
        let (left, right) = r.splitLeft(100)
        #expect(left == r && right.isEmpty)
    }
}

@Suite struct GlyphsTests {
    func all(_ g: Glyphs) -> [String] {
        [g.horizontal, g.vertical, g.topLeft, g.topRight, g.bottomLeft, g.bottomRight, g.teeLeft, g.teeRight,
         g.ellipsis, g.up, g.down, g.bullet, g.dash, g.newline, g.replacement, g.barFull, g.scrollTrack, g.scrollThumb]
            + g.sparkline + g.barPartials + g.shades
    }

    @Test func asciiGlyphsArePureASCII() {
        for s in all(.ascii) { #expect(s.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(s)") }
        #expect(Glyphs.ascii.separator.allSatisfy { $0.isASCII })
    }

    @Test func everyGlyphIsOneColumn() {
        for g in [Glyphs.unicode, .ascii] {
            for s in all(g) { #expect(TextWidth.columns(s) == 1, "\(s)") }
            #expect(g.sparkline.count == 8)
        }
        #expect(Glyphs.unicode.barPartials.count == 7)
    }
}
