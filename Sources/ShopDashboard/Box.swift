/// A framed panel with an optional title in its top border.
public enum Box {
    /// Draws the frame (and blanks the inside) and returns the inner rect. A rect too small to
    /// hold a frame is only blanked and returned as it is.
    @discardableResult
    public static func draw(into g: inout Grid, rect: Rect, title: String?, theme: Theme,
                            glyphs: Glyphs, focused: Bool = false) -> Rect {
        let area = rect.intersection(g.bounds)
        let textStyle = theme.style(.text)
        g.fill(x: area.x, y: area.y, width: area.width, height: area.height, with: Cell(" ", style: textStyle))
        guard rect.width >= 2, rect.height >= 2 else { return rect }
        let border = theme.style(focused ? .accent : .border)
        let inner = rect.inset(by: 1)
        let line = String(repeating: glyphs.horizontal, count: rect.width - 2)
        g.put(glyphs.topLeft + line + glyphs.topRight, x: rect.x, y: rect.y, style: border, maxX: rect.maxX)
        g.put(glyphs.bottomLeft + line + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: border, maxX: rect.maxX)
        for row in inner.y..<inner.maxY {
            g.put(glyphs.vertical, x: rect.x, y: row, style: border)
            g.put(glyphs.vertical, x: rect.maxX - 1, y: row, style: border)
        }
        if let title, !title.isEmpty, rect.width >= 6 {
            // " Title " sits after the corner and one line, and never reaches the other corner.
            let room = rect.width - 4
            let text = Sanitizer.fit(title, columns: room - 2, glyphs: glyphs)
            var titleStyle = theme.style(.title)
            if focused { titleStyle.bold = true }
            g.put(" " + text + " ", x: rect.x + 2, y: rect.y, style: titleStyle, maxX: rect.maxX - 2)
        }
        return inner
    }
}
