import CTextWidth

/// Column widths as the terminal counts them: wcwidth, the function ncurses itself uses.
public enum TextWidth {
    /// Columns taken by one grapheme: 0, 1 or 2. A cluster is as wide as its widest scalar
    /// (emoji with modifiers), and control characters count 0 (they are sanitized before drawing).
    public static func columns(_ ch: Character) -> Int {
        // Printable ASCII is one column: skip the locale switch for the most common case.
        if let ascii = ch.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        var widest = 0
        for scalar in ch.unicodeScalars {
            let w = Int(shopdash_wcwidth(scalar.value))
            if w > widest { widest = w }
        }
        // VS16 asks for emoji presentation, which terminals draw two columns wide.
        if widest == 1 && ch.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return widest
    }

    public static func columns(_ s: some StringProtocol) -> Int {
        s.reduce(0) { $0 + columns($1) }
    }
}
