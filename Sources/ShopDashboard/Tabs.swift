/// A one-line tab bar: " 1 Overview  2 Sales ... ", the active tab highlighted.
public enum Tabs {
    /// Draws the tabs and returns each tab's rect (for mouse clicks); a tab that does not fit
    /// gets an empty rect. When full names do not fit, numbers alone are shown for the
    /// inactive tabs, so the active one keeps its name.
    @discardableResult
    public static func draw(into g: inout Grid, rect: Rect, titles: [String], active: Int,
                            theme: Theme, glyphs: Glyphs) -> [Rect] {
        guard rect.height >= 1, !rect.intersection(g.bounds).isEmpty else { return titles.map { _ in .zero } }
        g.put(String(repeating: " ", count: rect.width), x: rect.x, y: rect.y, style: theme.style(.tabInactive), maxX: rect.maxX)
        let full = titles.enumerated().map { " \($0.offset + 1) " + Sanitizer.clean($0.element, glyphs: glyphs) + " " }
        let numbers = titles.enumerated().map { i, _ in i == active ? full[i] : " \(i + 1) " }
        let total = full.reduce(0) { $0 + TextWidth.columns($1) }
        let labels = total <= rect.width ? full : numbers
        var rects: [Rect] = []
        var x = rect.x
        for (i, label) in labels.enumerated() {
            let w = TextWidth.columns(label)
            guard x + w <= rect.maxX else {
                rects.append(.zero)
                continue
            }
            g.put(label, x: x, y: rect.y, style: theme.style(i == active ? .tabActive : .tabInactive), maxX: rect.maxX)
            rects.append(Rect(x: x, y: rect.y, width: w, height: 1))
            x += w
        }
        return rects
    }

    /// The tab under a click, if any.
    public static func hit(x: Int, y: Int, in rects: [Rect]) -> Int? {
        rects.firstIndex { $0.contains(x: x, y: y) }
    }
}

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
