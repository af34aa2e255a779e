import Foundation
import Testing
@testable import ShopDashboard

/// `theme = "auto"` and the backgrounds themes paint, so that no theme draws white on white.
@Suite struct ThemeChoiceTests {
    @Test func colorFGBGNamesTheBackgroundLast() {
        #expect(ThemeChoice.isLightBackground(colorFGBG: "15;0") == false)
        #expect(ThemeChoice.isLightBackground(colorFGBG: "0;15") == true)
        #expect(ThemeChoice.isLightBackground(colorFGBG: "0;default;15") == true)
        #expect(ThemeChoice.isLightBackground(colorFGBG: "12;8") == false)
        #expect(ThemeChoice.isLightBackground(colorFGBG: "0;7") == true)
        #expect(ThemeChoice.isLightBackground(colorFGBG: "default;default") == nil)
        #expect(ThemeChoice.isLightBackground(colorFGBG: "0;231") == nil)
        #expect(ThemeChoice.isLightBackground(colorFGBG: "") == nil)
        #expect(ThemeChoice.isLightBackground(colorFGBG: nil) == nil)
    }

    @Test func autoPicksLightOnlyWhenTheTerminalSaysSo() {
        #expect(ThemeChoice.resolve("auto", environment: ["COLORFGBG": "0;15"]) == "light")
        #expect(ThemeChoice.resolve("auto", environment: ["COLORFGBG": "15;0"]) == "dark")
        #expect(ThemeChoice.resolve("auto", environment: ["COLORFGBG": "default;default"]) == "dark")
        #expect(ThemeChoice.resolve("auto", environment: [:]) == "dark")
    }

    @Test func aNamedThemeIsKept() {
        #expect(ThemeChoice.resolve("monochrome", environment: ["COLORFGBG": "0;15"]) == "monochrome")
        #expect(ThemeChoice.resolve("dark", environment: ["COLORFGBG": "0;15"]) == "dark")
    }
}

@Suite struct ThemeBackgroundTests {
    /// Every cell of every pane carries the theme's background, or a background of its own.
    @Test(arguments: ["dark", "light", "high-contrast"])
    func everyCellIsPainted(_ name: String) throws {
        let theme = try Theme.load(named: name, searchDirs: [shippedThemes])
        #expect(theme.background != .default)
        for pane in PaneID.allCases {
            for (w, h) in [(80, 24), (160, 48)] {
                var state = Scene.pane(pane, .zh, width: w, height: h)
                for modal in [nil, Modal.help] as [Modal?] {
                    state.modal = modal
                    let grid = render(state, theme: theme)
                    let bare = grid.cells.filter { $0.style.bg == .default }.count
                    #expect(bare == 0, "\(name) \(pane) \(w)x\(h) \(String(describing: modal)): \(bare) cells unpainted")
                }
            }
        }
    }

    @Test func theDarkThemesTextSitsOnItsOwnDarkBackground() throws {
        let dark = try Theme.load(named: "dark", searchDirs: [shippedThemes])
        #expect(dark.background == .rgb(0x12, 0x12, 0x12))
        #expect(dark.style(.title) == Style(fg: .rgb(255, 255, 255), bg: .rgb(0x12, 0x12, 0x12), bold: true))
        // A role's own background wins.
        #expect(dark.style(.selection).bg == .rgb(0x5f, 0xaf, 0xd7))
        #expect(dark.adapted(to: .ansi16).style(.text).bg == .ansi(0))
    }

    /// Without colour the background goes; only roles told apart by their own background turn reverse.
    @Test func withoutColourTheBackgroundGoesQuietly() throws {
        let dark = try Theme.load(named: "dark", searchDirs: [shippedThemes]).adapted(to: .none)
        #expect(dark.background == .default)
        #expect(dark.style(.text) == Style())
        #expect(!dark.style(.title).reverse && dark.style(.title).bold)
        #expect(dark.style(.selection).reverse)
    }

    @Test func monochromeAndTheBuiltInThemeLeaveTheTerminalsBackground() throws {
        #expect(Theme.fallback.background == .default)
        #expect(try Theme.load(named: "monochrome", searchDirs: [shippedThemes]).background == .default)
    }

    @Test func aBadBackgroundIsNamedWithItsLine() {
        #expect(throws: ThemeError(file: "t.toml", line: 2,
                                   reason: "background: bad colour \"#12\" (use #rrggbb, color0-255, an ANSI name or default)")) {
            try Theme.parse("name = \"t\"\nbackground = \"#12\"\n", file: "t.toml")
        }
    }
}
