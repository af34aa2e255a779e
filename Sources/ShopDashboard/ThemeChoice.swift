/// What `theme = "auto"` becomes: the light theme on a light terminal, else the dark one.
public enum ThemeChoice {
    public static let auto = "auto"

    /// The theme to load for `name`: itself, unless it is `auto`.
    public static func resolve(_ name: String, environment: [String: String]) -> String {
        guard name == auto else { return name }
        return isLightBackground(colorFGBG: environment["COLORFGBG"]) == true ? "light" : "dark"
    }

    /// COLORFGBG ("15;0", or "0;default;15" from rxvt) names the background last, as an ANSI
    /// colour number: 7 and 9-15 are light, 0-6 and 8 dark. Anything else says nothing (nil).
    public static func isLightBackground(colorFGBG: String?) -> Bool? {
        guard let colorFGBG, let last = colorFGBG.split(separator: ";").last,
              let bg = Int(last.filter { !$0.isWhitespace }), (0...15).contains(bg) else { return nil }
        return bg == 7 || bg >= 9
    }
}
