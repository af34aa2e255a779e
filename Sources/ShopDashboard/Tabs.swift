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
