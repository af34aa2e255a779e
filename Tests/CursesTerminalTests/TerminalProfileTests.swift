import CursesTerminal
import ShopDashboard
import Testing

struct TerminalProfileTests {
    @Test func colourDepthFollowsTheTerminfoColourCount() {
        #expect(TerminalProfile.colorDepth(colors: 256, environment: [:]) == .indexed256)
        #expect(TerminalProfile.colorDepth(colors: 88, environment: [:]) == .ansi16)
        #expect(TerminalProfile.colorDepth(colors: 16, environment: [:]) == .ansi16)
        #expect(TerminalProfile.colorDepth(colors: 8, environment: [:]) == .ansi16)
        #expect(TerminalProfile.colorDepth(colors: 0, environment: [:]) == .none)
        #expect(TerminalProfile.colorDepth(colors: 1 << 24, environment: [:]) == .truecolor)
    }

    @Test func colortermAsksForTruecolorWhereTerminfoCanExpressIt() {
        #expect(TerminalProfile.colorDepth(colors: 1 << 24, environment: ["COLORTERM": "truecolor"]) == .truecolor)
        #expect(TerminalProfile.colorDepth(colors: 1 << 24, environment: ["COLORTERM": "24bit"]) == .truecolor)
        // A 256-colour entry cannot carry RGB: the theme's colours are mapped onto the palette.
        #expect(TerminalProfile.colorDepth(colors: 256, environment: ["COLORTERM": "truecolor"]) == .indexed256)
    }

    @Test func noColorWinsOverEverything() {
        #expect(TerminalProfile.colorDepth(colors: 256, environment: ["NO_COLOR": "1"]) == .none)
        #expect(TerminalProfile.colorDepth(colors: 1 << 24, environment: ["NO_COLOR": "yes", "COLORTERM": "truecolor"]) == .none)
        // The convention: an empty NO_COLOR does not count.
        #expect(TerminalProfile.colorDepth(colors: 256, environment: ["NO_COLOR": ""]) == .indexed256)
    }

    @Test func utf8CodesetsInAllTheirSpellings() {
        #expect(TerminalProfile.isUTF8(codeset: "UTF-8"))
        #expect(TerminalProfile.isUTF8(codeset: "utf8"))
        #expect(!TerminalProfile.isUTF8(codeset: "ANSI_X3.4-1968"))
        #expect(!TerminalProfile.isUTF8(codeset: "GB18030"))
        #expect(TerminalProfile.glyphs(codeset: "UTF-8").isUnicode)
        #expect(!TerminalProfile.glyphs(codeset: "ANSI_X3.4-1968").isUnicode)
    }

    @Test func unsetOrDumbTermIsRefusedWithAHint() throws {
        #expect(throws: TerminalError.termNotSet) { try TerminalProfile.checkTerm(nil) }
        #expect(throws: TerminalError.termNotSet) { try TerminalProfile.checkTerm("") }
        #expect(throws: TerminalError.dumbTerminal) { try TerminalProfile.checkTerm("dumb") }
        try TerminalProfile.checkTerm("vt100")
        #expect(TerminalError.dumbTerminal.description.contains("shopdash snapshot"))
        #expect(TerminalError.unknownTerminal("foo").description.contains("TERM=foo"))
    }
}
