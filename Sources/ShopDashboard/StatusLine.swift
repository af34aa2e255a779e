/// A one-line status bar: segments from the left, segments from the right, each in its role.
/// Right segments win when space runs out; left ones are cut with an ellipsis.
public enum StatusLine {
    public static func draw(into g: inout Grid, rect: Rect, left: [(String, ThemeRole)], right: [(String, ThemeRole)],
                            theme: Theme, glyphs: Glyphs) {
        guard rect.height >= 1, !rect.intersection(g.bounds).isEmpty else { return }
        let base = theme.style(.statusBar)
        g.put(String(repeating: " ", count: rect.width), x: rect.x, y: rect.y, style: base, maxX: rect.maxX)
        let rightTexts = right.map { " " + Sanitizer.clean($0.0, glyphs: glyphs) + " " }
        var rightWidth = rightTexts.reduce(0) { $0 + TextWidth.columns($1) }
        var rightStart = rect.maxX - rightWidth
        var firstRight = 0
        while rightStart < rect.x, firstRight < rightTexts.count {
            rightWidth -= TextWidth.columns(rightTexts[firstRight])
            rightStart = rect.maxX - rightWidth
            firstRight += 1
        }
        var x = rightStart
        for i in firstRight..<rightTexts.count {
            x = g.put(rightTexts[i], x: x, y: rect.y, style: style(right[i].1, base: base, theme: theme), maxX: rect.maxX)
        }
        x = rect.x
        let leftLimit = rightStart - 1
        for (text, role) in left where x < leftLimit {
            let fitted = Sanitizer.fit(" " + text + " ", columns: leftLimit - x, glyphs: glyphs)
            x = g.put(fitted, x: x, y: rect.y, style: style(role, base: base, theme: theme), maxX: leftLimit)
        }
    }

    /// A role without its own background sits on the bar's background.
    static func style(_ role: ThemeRole, base: Style, theme: Theme) -> Style {
        if role == .statusBar { return base }
        var s = theme.style(role)
        if s.bg == .default { s.bg = base.bg }
        return s
    }
}
