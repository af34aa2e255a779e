import Testing
@testable import ShopDashboard

@Suite struct ConfigLinesTests {
    private let mine = """
        # the shop's own notes
        theme = "dark"   # for the night shift
        refresh = 2

        [check.ingest_lag]
        warn = 10

        """

    @Test func aChosenValueReplacesItsLineAndKeepsEverythingElse() {
        let out = ConfigLines.setting("theme", to: "light", in: mine)
        #expect(out == """
            # the shop's own notes
            \(ConfigLines.note)
            theme = "light"  # for the night shift
            refresh = 2

            [check.ingest_lag]
            warn = 10

            """)
        // Choosing again does not stack notes.
        #expect(ConfigLines.setting("theme", to: "monochrome", in: out)
                == out.replacingOccurrences(of: "theme = \"light\"", with: "theme = \"monochrome\""))
    }

    @Test func aNewKeyGoesBeforeTheFirstTableSoItStaysTopLevel() {
        let out = ConfigLines.setting("lang", to: "zh", in: mine)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lang = lines.firstIndex(of: "lang = \"zh\"")
        let table = lines.firstIndex(of: "[check.ingest_lag]")
        #expect(lang != nil && table != nil)
        if let lang, let table { #expect(lang < table) }
        #expect(lang.map { lines[$0 - 1] } == ConfigLines.note)
        #expect(out.contains("theme = \"dark\"   # for the night shift"))
        #expect(out.contains("warn = 10"))
    }

    @Test func anEmptyOrMissingFileGetsTheNoteAndTheKey() {
        #expect(ConfigLines.setting("lang", to: "en", in: "") == ConfigLines.note + "\nlang = \"en\"\n")
        #expect(ConfigLines.setting("lang", to: "en", in: "db = \"x\"") == "db = \"x\"\n" + ConfigLines.note + "\nlang = \"en\"\n")
    }

    @Test func aKeyInsideATableOrAPrefixIsNotTheTopLevelKey() {
        let text = "themes = 1\n[x]\ntheme = \"dark\"\n"
        let out = ConfigLines.setting("theme", to: "light", in: text)
        #expect(out == "themes = 1\n" + ConfigLines.note + "\ntheme = \"light\"\n\n[x]\ntheme = \"dark\"\n")
    }

    @Test func aHashInsideAQuotedValueIsNotAComment() {
        #expect(ConfigLines.trailingComment("theme = \"a#b\" # mine") == "# mine")
        #expect(ConfigLines.trailingComment("theme = 'x\\' # mine") == "# mine")
        #expect(ConfigLines.trailingComment("theme = \"a\\\"#b\"") == nil)
    }

    @Test func valuesAreQuotedAsTOMLStrings() {
        #expect(ConfigLines.quoted("my \"blue\" \\ one\u{1B}") == "\"my \\\"blue\\\" \\\\ one\"")
    }
}
