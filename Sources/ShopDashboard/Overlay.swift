/// A centred list over the screen (the help overlay): a key column and a description column.
public enum Overlay {
    public static func list(into g: inout Grid, title: String, lines: [(String, String)], theme: Theme, glyphs: Glyphs) {
        list(into: &g, title: title, lines: lines, scroll: 0, theme: theme, glyphs: glyphs)
    }

    /// Same, starting at line `scroll`; lines that do not fit are cut, marked by an arrow.
    /// A line with an empty key and a description is a section heading.
    public static func list(into g: inout Grid, title: String, lines: [(String, String)], scroll: Int,
                            theme: Theme, glyphs: Glyphs) {
        let keys = lines.map { Sanitizer.clean($0.0, glyphs: glyphs) }
        let texts = lines.map { Sanitizer.clean($0.1, glyphs: glyphs) }
        let keyWidth = min(keys.map { TextWidth.columns($0) }.max() ?? 0, max(4, (g.width - 8) / 3))
        let textWidth = texts.map { TextWidth.columns($0) }.max() ?? 0
        let width = min(g.width - 2, max(keyWidth + textWidth + 6, TextWidth.columns(Sanitizer.clean(title, glyphs: glyphs)) + 8))
        let height = min(g.height - 2, lines.count + 2)
        let rect = g.bounds.centered(width: max(0, width), height: max(0, height))
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: theme, glyphs: glyphs, focused: true)
        guard inner.width >= 3, inner.height >= 1 else { return }
        let first = max(0, min(scroll, max(0, lines.count - inner.height)))
        let x = inner.x + 1, right = inner.maxX - 1
        for row in 0..<inner.height {
            let i = first + row
            guard i < lines.count else { break }
            let y = inner.y + row
            if keys[i].isEmpty {
                g.put(Sanitizer.truncate(texts[i], columns: right - x, glyphs: glyphs), x: x, y: y,
                      style: theme.style(.header), maxX: right)
                continue
            }
            let key = Sanitizer.pad(keys[i], columns: keyWidth, glyphs: glyphs)
            let after = g.put(key, x: x, y: y, style: theme.style(.accent), maxX: right) + 2
            g.put(Sanitizer.truncate(texts[i], columns: max(0, right - after), glyphs: glyphs), x: after, y: y,
                  style: theme.style(.text), maxX: right)
        }
        let style = theme.style(.muted)
        if first > 0 { g.put(glyphs.up, x: inner.maxX - 1, y: inner.y, style: style) }
        if first + inner.height < lines.count { g.put(glyphs.down, x: inner.maxX - 1, y: inner.maxY - 1, style: style) }
    }
}
