public struct BarItem: Sendable, Hashable {
    public var label: String
    public var value: Int64
    /// Shown after the bar (the value formatted, a share ...).
    public var text: String
    public var role: ThemeRole

    public init(label: String, value: Int64, text: String, role: ThemeRole = .series1) {
        self.label = label; self.value = value; self.text = text; self.role = role
    }
}

/// Horizontal bars, one item per row: label, bar scaled to the largest value, text.
public enum Bars {
    public static func draw(into g: inout Grid, rect: Rect, items: [BarItem], theme: Theme, glyphs: Glyphs) {
        let area = rect.intersection(g.bounds)
        guard !area.isEmpty else { return }
        g.fill(x: area.x, y: area.y, width: area.width, height: area.height, with: Cell(" ", style: theme.style(.text)))
        guard !items.isEmpty else { return }
        let labels = items.map { Sanitizer.clean($0.label, glyphs: glyphs) }
        let texts = items.map { Sanitizer.clean($0.text, glyphs: glyphs) }
        let labelWidth = min(labels.map { TextWidth.columns($0) }.max() ?? 0, max(4, rect.width / 3))
        let textWidth = min(texts.map { TextWidth.columns($0) }.max() ?? 0, max(4, rect.width / 4))
        let barWidth = max(0, rect.width - labelWidth - textWidth - 2)
        let high = max(0, items.map(\.value).max() ?? 0)
        for (i, item) in items.enumerated() where i < rect.height {
            let y = rect.y + i
            var x = rect.x
            g.put(Sanitizer.pad(labels[i], columns: labelWidth, glyphs: glyphs), x: x, y: y,
                  style: theme.style(.text), maxX: rect.maxX)
            x += labelWidth + 1
            let bar = self.bar(value: item.value, max: high, width: barWidth, glyphs: glyphs)
            g.put(bar, x: x, y: y, style: theme.style(item.role), maxX: min(rect.maxX, x + barWidth))
            x += barWidth + 1
            g.put(Sanitizer.pad(texts[i], columns: textWidth, align: .right, glyphs: glyphs), x: x, y: y,
                  style: theme.style(.muted), maxX: rect.maxX)
        }
    }

    /// A bar of `value/max` of `width` columns, in eighths where the glyphs have them, padded
    /// with spaces to `width`. Any positive value shows at least a sliver.
    public static func bar(value: Int64, max high: Int64, width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        guard high > 0, value > 0 else { return String(repeating: " ", count: width) }
        let steps = glyphs.barPartials.count + 1
        let total = width * steps
        var filled = Int((Double(min(value, high)) / Double(high) * Double(total)).rounded())
        filled = Swift.max(1, filled)
        let full = filled / steps
        let part = filled % steps
        var out = String(repeating: glyphs.barFull, count: full)
        var used = full
        if part > 0, used < width {
            out += glyphs.barPartials[part - 1]
            used += 1
        }
        return out + String(repeating: " ", count: width - used)
    }
}
