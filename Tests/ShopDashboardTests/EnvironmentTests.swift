import Foundation
import Testing
@testable import ShopDashboard

@Suite struct EnvironmentTests {
    @Test func glyphsFollowTheLocaleAndTerminal() {
        #expect(TerminalEnvironment.glyphs(["LANG": "en_US.UTF-8", "TERM": "xterm-256color"]).isUnicode)
        #expect(TerminalEnvironment.glyphs(["LANG": "zh_CN.utf8", "TERM": "screen"]).isUnicode)
        #expect(!TerminalEnvironment.glyphs(["LANG": "C", "TERM": "xterm"]).isUnicode)
        #expect(!TerminalEnvironment.glyphs(["TERM": "xterm"]).isUnicode)
        #expect(!TerminalEnvironment.glyphs(["LANG": "C.UTF-8", "TERM": "vt100"]).isUnicode)
        // LC_ALL overrides LANG, an empty LC_ALL does not.
        #expect(!TerminalEnvironment.glyphs(["LC_ALL": "C", "LANG": "C.UTF-8", "TERM": "xterm"]).isUnicode)
        #expect(TerminalEnvironment.glyphs(["LC_ALL": "", "LANG": "C.UTF-8", "TERM": "xterm"]).isUnicode)
    }

    @Test func languageFromTheEnvironment() {
        #expect(TerminalEnvironment.language(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(TerminalEnvironment.language(["LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(TerminalEnvironment.language([:]) == .en)
    }

    @Test func colourDepth() {
        #expect(TerminalEnvironment.colorDepth(["NO_COLOR": "1", "COLORTERM": "truecolor"], terminalColors: 256) == .none)
        #expect(TerminalEnvironment.colorDepth(["NO_COLOR": ""], terminalColors: 256) == .indexed256)
        #expect(TerminalEnvironment.colorDepth(["COLORTERM": "truecolor"], terminalColors: 256) == .truecolor)
        #expect(TerminalEnvironment.colorDepth(["COLORTERM": "24bit"], terminalColors: 8) == .truecolor)
        #expect(TerminalEnvironment.colorDepth([:], terminalColors: 8) == .ansi16)
        #expect(TerminalEnvironment.colorDepth(["COLORTERM": "truecolor"], terminalColors: 0) == .none)
        #expect(TerminalEnvironment.colorDepth([:], terminalColors: -1) == .none)
    }

    @Test func themeDirsStartWithTheUserConfig() {
        let dirs = TerminalEnvironment.themeSearchDirs(["HOME": "/home/li"], executablePath: "/src/shopdash/.build/debug/shopdash")
        #expect(dirs == ["/home/li/.config/shopdash/themes", "/src/shopdash/.build/debug/Themes",
                         "/src/shopdash/.build/Themes", "/src/shopdash/Themes", "/src/Themes", "/Themes"])
        let xdg = TerminalEnvironment.themeSearchDirs(["XDG_CONFIG_HOME": "/cfg", "HOME": "/h"], executablePath: "/usr/local/bin/shopdash")
        #expect(xdg.prefix(3) == ["/cfg/shopdash/themes", "/usr/local/bin/Themes", "/usr/local/share/shopdash/Themes"])
    }

    @Test func shippedThemesAreFoundFromTheBuildDirectory() {
        let exe = shippedThemes.replacingOccurrences(of: "/Themes", with: "/.build/debug/shopdash")
        let dirs = TerminalEnvironment.themeSearchDirs([:], executablePath: exe)
        #expect(Theme.available(searchDirs: dirs).contains("monochrome"))
    }
}
