import Testing
@testable import ShopDashboard

@Suite struct ColorDegradeTests {
    @Test func truecolorKeepsEverything() {
        #expect(ColorDegrade.adapt(.rgb(1, 2, 3), to: .truecolor) == .rgb(1, 2, 3))
        #expect(ColorDegrade.adapt(.indexed(200), to: .truecolor) == .indexed(200))
    }

    @Test func rgbToThe256Palette() {
        // Exact cube colours map to themselves.
        #expect(ColorDegrade.adapt(.rgb(255, 0, 0), to: .indexed256) == .indexed(196))
        #expect(ColorDegrade.adapt(.rgb(95, 215, 255), to: .indexed256) == .indexed(81))
        #expect(ColorDegrade.adapt(.rgb(0, 0, 0), to: .indexed256) == .indexed(16))
        // Greys prefer the grey ramp, which is finer than the cube's diagonal.
        #expect(ColorDegrade.adapt(.rgb(128, 128, 128), to: .indexed256) == .indexed(244))
        #expect(ColorDegrade.adapt(.rgb(30, 30, 30), to: .indexed256) == .indexed(234))
        // Near misses go to the nearest cube level.
        #expect(ColorDegrade.adapt(.rgb(250, 100, 10), to: .indexed256) == .indexed(202))
        #expect(ColorDegrade.adapt(.ansi(3), to: .indexed256) == .ansi(3))
        #expect(ColorDegrade.adapt(.default, to: .indexed256) == .default)
    }

    @Test func downToSixteen() {
        #expect(ColorDegrade.adapt(.rgb(250, 10, 10), to: .ansi16) == .ansi(9))
        #expect(ColorDegrade.adapt(.rgb(180, 0, 0), to: .ansi16) == .ansi(1))
        #expect(ColorDegrade.adapt(.rgb(0, 0, 0), to: .ansi16) == .ansi(0))
        #expect(ColorDegrade.adapt(.rgb(120, 125, 130), to: .ansi16) == .ansi(8))
        #expect(ColorDegrade.adapt(.indexed(12), to: .ansi16) == .ansi(12))
        #expect(ColorDegrade.adapt(.indexed(51), to: .ansi16) == .ansi(14))   // 00ffff
        #expect(ColorDegrade.adapt(.indexed(255), to: .ansi16) == .ansi(7))   // eeeeee is nearer e5e5e5
        #expect(ColorDegrade.adapt(.indexed(231), to: .ansi16) == .ansi(15))  // ffffff
    }

    @Test func noColourKeepsBoldAndReverseAndMakesBackgroundsReverse() {
        let sel = Style(fg: .ansi(0), bg: .rgb(0, 128, 255), bold: true, dim: true, underline: true)
        #expect(ColorDegrade.adapt(sel, to: .none) == Style(bold: true, reverse: true))
        #expect(ColorDegrade.adapt(Style(fg: .ansi(1)), to: .none) == Style())
        #expect(ColorDegrade.adapt(.rgb(1, 2, 3), to: .none) == .default)
    }

    @Test func adaptingFillsRolesFromTheFallbackToo() {
        let partial = Theme(name: "p", styles: [.text: Style(fg: .rgb(255, 0, 0))])
        let adapted = partial.adapted(to: .ansi16)
        #expect(adapted.style(.text).fg == .ansi(9))
        #expect(Set(adapted.styles.keys) == Set(ThemeRole.allCases))
        #expect(adapted.adapted(to: .none).style(.selection).reverse)
    }

    @Test func everyShippedThemeSurvivesEveryDepth() throws {
        for name in Theme.available(searchDirs: [shippedThemes]) {
            let theme = try Theme.load(named: name, searchDirs: [shippedThemes])
            for depth in ColorDepth.allCases {
                let adapted = theme.adapted(to: depth)
                for role in ThemeRole.allCases {
                    let s = adapted.style(role)
                    for c in [s.fg, s.bg] {
                        switch (depth, c) {
                        case (.none, let c): #expect(c == .default)
                        case (.ansi16, .rgb), (.ansi16, .indexed), (.indexed256, .rgb):
                            Issue.record("\(name) \(role) kept \(c) at \(depth)")
                        default: break
                        }
                    }
                }
                // Without colour the selection still differs from plain text.
                #expect(adapted.style(.selection) != adapted.style(.text), "\(name) at \(depth)")
            }
        }
    }
}
