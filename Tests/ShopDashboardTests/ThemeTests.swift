import Foundation
import Testing
@testable import ShopDashboard

/// The Themes/ directory of the package, found from this file.
let shippedThemes: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes").path

func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-theme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.path
}

@Suite struct ThemeTests {
    @Test func shippedThemesLoadWithEveryRole() throws {
        let names = Theme.available(searchDirs: [shippedThemes])
        #expect(names == ["dark", "high-contrast", "light", "monochrome"])
        for name in names {
            let theme = try Theme.load(named: name, searchDirs: [shippedThemes])
            #expect(theme.name == name)
            #expect(Set(theme.styles.keys) == Set(ThemeRole.allCases))
        }
    }

    @Test func shippedThemesSetEveryRoleThemselves() throws {
        // A shipped theme leaning on the fallback for a role would look half-finished.
        for name in Theme.available(searchDirs: [shippedThemes]) {
            let text = try String(contentsOfFile: "\(shippedThemes)/\(name).toml", encoding: .utf8)
            for role in ThemeRole.allCases {
                #expect(text.contains("\n\(role.rawValue) = "), "\(name) lacks \(role)")
            }
        }
    }

    @Test func monochromeUsesOnlyAttributes() throws {
        let mono = try Theme.load(named: "monochrome", searchDirs: [shippedThemes])
        for role in ThemeRole.allCases {
            #expect(mono.style(role).fg == .default && mono.style(role).bg == .default)
        }
        #expect(mono.style(.selection).reverse)
        #expect(mono.style(.statusBar).reverse)
        // Selection, the tab bar and the current role must stand out from plain text.
        for role in [ThemeRole.selection, .tabActive, .statusBar, .alert, .role, .header] {
            #expect(mono.style(role) != mono.style(.text), "\(role)")
        }
    }

    @Test func colourForms() throws {
        let theme = try Theme.parse("""
            [colors]
            text = "#ff8000"
            muted = "color244"
            accent = "bright-red"
            border = "grey"
            title = "default"
            selection = { fg = "black", bg = "#00afff" }
            [attributes]
            selection = ["bold", "reverse"]
            """, file: "t.toml")
        #expect(theme.style(.text).fg == .rgb(255, 128, 0))
        #expect(theme.style(.muted).fg == .indexed(244))
        #expect(theme.style(.accent).fg == .ansi(9))
        #expect(theme.style(.border).fg == .ansi(8))
        #expect(theme.style(.title) == Style())
        #expect(theme.style(.selection) == Style(fg: .ansi(0), bg: .rgb(0, 175, 255), bold: true, reverse: true))
        #expect(theme.name == "custom")
    }

    @Test func missingRolesComeFromTheFallback() throws {
        let theme = try Theme.parse("name = \"mine\"\n[colors]\ntext = \"white\"\n", file: "mine.toml")
        #expect(theme.name == "mine")
        #expect(theme.style(.text).fg == .ansi(7))
        #expect(theme.style(.selection) == Theme.fallback.style(.selection))
        #expect(theme.style(.heat4) == Theme.fallback.style(.heat4))
    }

    @Test func syntaxErrorsNameFileAndLine() {
        let text = "[colors]\ntext = \"white\"\nmuted = \"grey\n"
        #expect {
            try Theme.parse(text, file: "/home/u/.config/shopdash/themes/bad.toml")
        } throws: { error in
            guard let e = error as? ThemeError else { return false }
            return e.line == 3 && e.description.hasPrefix("/home/u/.config/shopdash/themes/bad.toml:3: ")
        }
    }

    @Test func unknownRoleIsNamedWithItsLine() {
        let text = "# mine\n[colors]\ntext = \"white\"\n\nsparkles = \"red\"\n"
        #expect(throws: ThemeError(file: "x.toml", line: 5, reason: "unknown role \"sparkles\"")) {
            try Theme.parse(text, file: "x.toml")
        }
    }

    @Test func badColourIsNamedWithItsKeyAndLine() throws {
        let text = "[colors]\ntext = \"white\"\naccent = \"#12345\"\n"
        do {
            _ = try Theme.parse(text, file: "x.toml")
            Issue.record("a bad colour was accepted")
        } catch let e as ThemeError {
            #expect(e.line == 3)
            #expect(e.reason.contains("colors.accent"))
            #expect(e.reason.contains("#12345"))
        }
        for bad in ["color256", "brightpurple", "#gggggg", "rgb(1,2,3)"] {
            #expect(Theme.parseColor(bad) == nil, "\(bad)")
        }
    }

    @Test func badAttributeAndBadShapesAreRefused() {
        #expect(throws: ThemeError.self) { try Theme.parse("[attributes]\ntext = [\"blink\"]\n", file: "x") }
        #expect(throws: ThemeError.self) { try Theme.parse("[attributes]\ntext = \"bold\"\n", file: "x") }
        #expect(throws: ThemeError.self) { try Theme.parse("[colors]\ntext = 3\n", file: "x") }
        #expect(throws: ThemeError.self) { try Theme.parse("[colors]\ntext = { fg = \"red\", under = \"red\" }\n", file: "x") }
        #expect(throws: ThemeError.self) { try Theme.parse("colour = \"red\"\n", file: "x") }
    }

    @Test func searchDirsAreTriedInOrder() throws {
        let user = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: user) }
        try "name = \"dark\"\n[colors]\ntext = \"red\"\n".write(toFile: "\(user)/dark.toml", atomically: true, encoding: .utf8)
        try "[colors]\ntext = \"blue\"\n".write(toFile: "\(user)/ocean.toml", atomically: true, encoding: .utf8)
        let dark = try Theme.load(named: "dark", searchDirs: [user, shippedThemes])
        #expect(dark.style(.text).fg == .ansi(1))
        let shipped = try Theme.load(named: "dark", searchDirs: [shippedThemes, user])
        #expect(shipped.style(.text).fg != .ansi(1))
        #expect(Theme.available(searchDirs: [user, shippedThemes, "/nonexistent"]) ==
                ["dark", "high-contrast", "light", "monochrome", "ocean"])
        #expect(try Theme.load(named: "ocean", searchDirs: [user]).name == "ocean")
    }

    @Test func aBadFileIsRefusedWithItsFileAndLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "[colors]\ntext = \"purple-ish\"\n".write(toFile: "\(dir)/bad.toml", atomically: true, encoding: .utf8)
        #expect {
            try Theme.load(named: "bad", searchDirs: [dir])
        } throws: { error in
            (error as? ThemeError)?.line == 2 && (error as? ThemeError)?.file == "\(dir)/bad.toml"
        }
        #expect(try Theme.load(named: "dark", searchDirs: [shippedThemes]).name == "dark")
    }

    @Test func unknownThemeSaysWhereItLooked() {
        #expect {
            try Theme.load(named: "nope", searchDirs: ["/a", "/b"])
        } throws: { error in
            (error as? ThemeError)?.description == "nope.toml: no such theme (looked in /a, /b)"
        }
    }
}
