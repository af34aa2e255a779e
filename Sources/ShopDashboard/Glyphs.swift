/// The characters widgets draw with: Unicode in a UTF-8 locale, plain ASCII anywhere else, so a
/// terminal under LANG=C or TERM=vt100 never receives bytes it cannot show.
public struct Glyphs: Sendable, Hashable {
    public var isUnicode: Bool
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    /// ├ : a vertical line with a branch to the right.
    public var teeLeft: String
    /// ┤ : a vertical line with a branch to the left.
    public var teeRight: String
    public var ellipsis: String
    public var up: String
    public var down: String
    public var bullet: String
    /// Eight levels, lowest first.
    public var sparkline: [String]
    /// Shown where a number is missing (no data, division by zero).
    public var dash: String
    /// Separates items in one line of hints ("y confirm · n cancel").
    public var separator: String
    /// Stands for a newline inside one-line text.
    public var newline: String
    /// Stands for a character that cannot or must not be shown.
    public var replacement: String
    /// A full bar cell and the partial cells of a horizontal bar (1/8 ... 7/8); ASCII has none.
    public var barFull: String
    public var barPartials: [String]
    /// Shades for heat maps, lightest first.
    public var shades: [String]
    /// A scrollbar's track and thumb.
    public var scrollTrack: String
    public var scrollThumb: String

    public init(isUnicode: Bool, horizontal: String, vertical: String, topLeft: String, topRight: String,
                bottomLeft: String, bottomRight: String, teeLeft: String, teeRight: String, ellipsis: String,
                up: String, down: String, bullet: String, sparkline: [String], dash: String, separator: String,
                newline: String, replacement: String, barFull: String, barPartials: [String], shades: [String],
                scrollTrack: String, scrollThumb: String) {
        self.isUnicode = isUnicode; self.horizontal = horizontal; self.vertical = vertical
        self.topLeft = topLeft; self.topRight = topRight; self.bottomLeft = bottomLeft; self.bottomRight = bottomRight
        self.teeLeft = teeLeft; self.teeRight = teeRight; self.ellipsis = ellipsis; self.up = up; self.down = down
        self.bullet = bullet; self.sparkline = sparkline; self.dash = dash; self.separator = separator
        self.newline = newline; self.replacement = replacement; self.barFull = barFull
        self.barPartials = barPartials; self.shades = shades
        self.scrollTrack = scrollTrack; self.scrollThumb = scrollThumb
    }

    public static let unicode = Glyphs(
        isUnicode: true, horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
        bottomRight: "┘", teeLeft: "├", teeRight: "┤", ellipsis: "…", up: "▲", down: "▼", bullet: "●",
        sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], dash: "–", separator: " · ", newline: "⏎",
        replacement: "\u{FFFD}", barFull: "█", barPartials: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        shades: [" ", "░", "▒", "▓", "█"], scrollTrack: "│", scrollThumb: "█")

    public static let ascii = Glyphs(
        isUnicode: false, horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
        bottomRight: "+", teeLeft: "+", teeRight: "+", ellipsis: "~", up: "^", down: "v", bullet: "*",
        sparkline: ["_", ".", "-", "~", "=", "+", "*", "#"], dash: "-", separator: " - ", newline: "|",
        replacement: "?", barFull: "#", barPartials: [], shades: [" ", ".", ":", "+", "#"], scrollTrack: "|", scrollThumb: "#")
}
