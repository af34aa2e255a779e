import ShopDashboard

/// What this terminal and locale can show, decided from plain inputs so it can be tested without one.
public enum TerminalProfile {
    /// The terminal type must be known and able to address the cursor before ncurses starts.
    public static func checkTerm(_ term: String?) throws {
        guard let term, !term.isEmpty else { throw TerminalError.termNotSet }
        if term == "dumb" { throw TerminalError.dumbTerminal }
    }

    /// The colour depth to draw with. `colors` is ncurses' COLORS for the terminfo entry
    /// (0 when the terminal has no colour). NO_COLOR (any non-empty value) turns colour off.
    ///
    /// COLORTERM=truecolor|24bit only yields truecolor when the terminfo entry can express
    /// direct colours (COLORS of 2^24, e.g. TERM=xterm-direct): ncurses emits colours through
    /// terminfo, so with a 256-colour entry the theme's RGB values are mapped onto 256 colours.
    public static func colorDepth(colors: Int, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let direct = colors >= 1 << 24
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if direct && (colorTerm == "truecolor" || colorTerm == "24bit" || colorTerm.isEmpty) { return .truecolor }
        if colors >= 256 { return .indexed256 }
        if colors >= 8 { return .ansi16 }
        return .none
    }

    /// `codeset` is nl_langinfo(CODESET) after setlocale(LC_ALL, "").
    public static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.uppercased().filter { $0 != "-" }
        return normalized == "UTF8"
    }

    public static func glyphs(codeset: String) -> Glyphs {
        isUTF8(codeset: codeset) ? .unicode : .ascii
    }
}
