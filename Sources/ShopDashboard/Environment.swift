/// What the process environment says about the terminal and the user, read from a plain
/// dictionary so the runner passes `ProcessInfo.processInfo.environment` and tests pass their own.
public enum TerminalEnvironment {
    /// The locale that governs characters: LC_ALL, then LC_CTYPE, then LANG (the first set).
    public static func characterLocale(_ env: [String: String]) -> String {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = env[key], !v.isEmpty { return v }
        }
        return "C"
    }

    /// Whether the locale's charset is UTF-8 ("en_US.UTF-8", "zh_CN.utf8", "C.UTF-8").
    public static func isUTF8(_ env: [String: String]) -> Bool {
        let locale = characterLocale(env).lowercased()
        return locale.contains("utf-8") || locale.contains("utf8")
    }

    /// Terminals that cannot draw Unicode line and braille glyphs even in a UTF-8 locale.
    static let asciiOnlyTerminals: Set<String> = ["vt52", "vt100", "vt102", "vt220", "vt320", "dumb", "ansi"]

    /// Unicode glyphs in a UTF-8 locale on a terminal that can draw them, ASCII otherwise.
    public static func glyphs(_ env: [String: String]) -> Glyphs {
        let term = (env["TERM"] ?? "").lowercased()
        return isUTF8(env) && !asciiOnlyTerminals.contains(term) ? .unicode : .ascii
    }

    /// The label language: LC_ALL, LC_MESSAGES, then LANG.
    public static func language(_ env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return Language.from(locale: v) }
        }
        return .en
    }

    /// NO_COLOR (any non-empty value) turns colour off; COLORTERM=truecolor/24bit allows
    /// 24-bit colour; otherwise the number of colours the terminal reports decides.
    public static func colorDepth(_ env: [String: String], terminalColors: Int) -> ColorDepth {
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return .none }
        let colorterm = (env["COLORTERM"] ?? "").lowercased()
        if terminalColors >= 8, colorterm == "truecolor" || colorterm == "24bit" { return .truecolor }
        if terminalColors >= 256 { return .indexed256 }
        if terminalColors >= 8 { return .ansi16 }
        return .none
    }

    /// Where themes are looked for, first match wins: the user's config directory
    /// ($XDG_CONFIG_HOME or ~/.config, then shopdash/themes), then a Themes/ directory next to
    /// the executable or in one of its parents (the package checkout when run from .build).
    public static func themeSearchDirs(_ env: [String: String], executablePath: String) -> [String] {
        var dirs: [String] = []
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty {
            dirs.append(xdg + "/shopdash/themes")
        } else if let home = env["HOME"], !home.isEmpty {
            dirs.append(home + "/.config/shopdash/themes")
        }
        var parts = executablePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast()  // the executable itself
        for _ in 0..<5 where !parts.isEmpty {
            let dir = parts.joined(separator: "/")
            dirs.append((dir.isEmpty ? "" : dir) + "/Themes")
            if dir.hasSuffix("/bin") { dirs.append(String(dir.dropLast(4)) + "/share/shopdash/Themes") }
            parts.removeLast()
        }
        return dirs
    }
}
