import ShopDashboard

/// A Grid as text for a file or a pipe: plain, or with SGR colour sequences from the theme when
/// asked for (`snapshot --color`). Trailing blanks are trimmed; every coloured line ends reset.
enum SGRText {
    static func render(_ grid: Grid, depth: ColorDepth?) -> String {
        var lines: [String] = []
        lines.reserveCapacity(grid.height)
        for y in 0..<grid.height {
            var line = ""
            var current: Style? = nil
            // Only up to the last cell that shows something: text or a background.
            var last = -1
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation || cell.text != " " || (depth != nil && cell.style.bg != .default) { last = x }
            }
            var x = 0
            while x <= last {
                let cell = grid[x, y]
                x += 1
                if cell.isContinuation { continue }
                if let depth {
                    let style = ColorDegrade.adapt(cell.style, to: depth)
                    if style != current {
                        line += sequence(for: style)
                        current = style
                    }
                }
                line += cell.text
            }
            if depth != nil && current != nil && current != .plain { line += "\u{1B}[0m" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func sequence(for style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        codes += color(style.fg, foreground: true)
        codes += color(style.bg, foreground: false)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ c: TermColor, foreground: Bool) -> [String] {
        switch c {
        case .default: return []
        case .ansi(let n):
            let base = n < 8 ? (foreground ? 30 : 40) : (foreground ? 90 : 100)
            return [String(base + Int(n % 8))]
        case .indexed(let n): return [foreground ? "38" : "48", "5", String(n)]
        case .rgb(let r, let g, let b): return [foreground ? "38" : "48", "2", String(r), String(g), String(b)]
        }
    }
}
