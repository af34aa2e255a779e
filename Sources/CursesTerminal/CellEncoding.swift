import ShopDashboard

/// How a Grid cell's colour and text are handed to ncurses.
public enum CellEncoding {
    /// The ncurses colour number of a colour already adapted to the terminal's depth; -1 is the
    /// terminal's default (use_default_colors).
    public static func colorIndex(_ color: TermColor, colors: Int) -> Int32 {
        switch color {
        case .default:
            return -1
        case .ansi(let n):
            // An 8-colour terminal has no bright half: bright colours fall back to their base colour.
            return colors >= 16 ? Int32(n) : Int32(n % 8)
        case .indexed(let n):
            return colors >= 256 ? Int32(n) : (colors > 0 ? Int32(Int(n) % colors) : -1)
        case .rgb(let r, let g, let b):
            guard colors >= 1 << 24 else { return -1 }
            return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        }
    }

    /// The wide characters for one cell, NUL-terminated: a spacing character and at most
    /// `maxCombining` combining marks (ncurses' CCHARW_MAX - 1). Outside a UTF-8 locale ncurses
    /// would silently drop anything that is not ASCII, so such characters become "?" per column.
    public static func characters(_ text: String, utf8: Bool, maxCombining: Int = 4) -> [[Int32]] {
        guard !text.isEmpty else { return [] }
        if !utf8 && !text.unicodeScalars.allSatisfy({ $0.isASCII }) {
            let columns = max(1, TextWidth.columns(text))
            return Array(repeating: [63, 0], count: columns)
        }
        var out: [Int32] = []
        for scalar in text.unicodeScalars {
            if out.count > maxCombining { break }
            // Controls cannot be drawn; the sanitizer should have caught them already.
            if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                if out.isEmpty { out.append(0x20) }
                continue
            }
            out.append(Int32(bitPattern: scalar.value))
        }
        if out.isEmpty { out.append(0x20) }
        out.append(0)
        return [out]
    }
}
