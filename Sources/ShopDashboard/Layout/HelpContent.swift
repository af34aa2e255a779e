import ShopModel

/// The `?` overlay: this pane's keys first, then the keys that work everywhere.
enum HelpContent {
    static func lines(_ c: RenderContext) -> [(String, String)] {
        var lines: [(String, String)] = [("", "— " + Strings(c.language).paneTitle(c.state.pane) + " —")]
        lines += paneKeys(c)
        lines += [("", ""), ("", "— " + c.t(.everywhere) + " —")]
        lines += [
            ("1-7 Tab S-Tab", c.t(.helpPanes)),
            ("↑↓ j k", c.t(.move)),
            ("PgUp PgDn g G", c.t(.helpPaging)),
            ("/", c.t(.helpFilter)),
            (":", c.t(.helpPalette)),
            ("Enter Esc", c.t(.helpEnterEsc)),
            ("r", c.t(.refresh)),
            ("a", c.t(.acknowledge)),
            ("P", c.t(.helpPrivate)),
            ("?", c.t(.help)),
            ("q Ctrl-C", c.t(.quit)),
            ("Ctrl-Z", c.t(.suspend)),
        ]
        if !c.glyphs.isUnicode {
            lines = lines.map { ($0.0.replacingOccurrences(of: "↑↓", with: "Up Dn").replacingOccurrences(of: "← →", with: "Left Right"), $0.1.replacingOccurrences(of: "—", with: "-")) }
        }
        return lines
    }

    /// Every key of the pane the user's role has, from its bindings, whatever the pane's state.
    private static func paneKeys(_ c: RenderContext) -> [(String, String)] {
        Panes.help(c.state).map { ($0.0, c.t($0.1)) }
    }
}
