public struct FormField: Sendable, Hashable {
    public var label: String
    public var value: String
    /// Why the value is refused; shown under the field.
    public var error: String?

    public init(label: String, value: String, error: String? = nil) {
        self.label = label; self.value = value; self.error = error
    }
}

/// A framed form: one field per line (label, then value), errors under their field, the
/// focused field highlighted with a cursor mark at the end of its value.
public enum Form {
    public static func draw(into g: inout Grid, rect: Rect, title: String, fields: [FormField],
                            focus: Int, theme: Theme, glyphs: Glyphs) {
        draw(into: &g, rect: rect, title: title, fields: fields, focus: focus, theme: theme, glyphs: glyphs, hint: nil)
    }

    /// Same, with a hint line at the bottom ("Tab next · Enter save · Esc cancel").
    public static func draw(into g: inout Grid, rect: Rect, title: String, fields: [FormField],
                            focus: Int, theme: Theme, glyphs: Glyphs, hint: String?) {
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: theme, glyphs: glyphs, focused: true)
        guard inner.width >= 4, inner.height >= 1 else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        var bottom = content.maxY
        if let hint, content.height >= 2 {
            bottom -= 1
            g.put(Sanitizer.fit(hint, columns: content.width, glyphs: glyphs), x: content.x, y: bottom,
                  style: theme.style(.muted), maxX: content.maxX)
        }
        let labels = fields.map { Sanitizer.clean($0.label, glyphs: glyphs) }
        let labelWidth = min(labels.map { TextWidth.columns($0) }.max() ?? 0, content.width / 2)
        let valueX = content.x + labelWidth + 2
        let valueWidth = content.maxX - valueX
        var y = content.y
        for (i, field) in fields.enumerated() {
            guard y < bottom else { break }
            let focused = i == focus
            g.put(Sanitizer.pad(labels[i], columns: labelWidth, glyphs: glyphs), x: content.x, y: y,
                  style: theme.style(focused ? .accent : .text), maxX: content.maxX)
            if valueWidth > 0 {
                // The end of the value stays visible while typing: cut from the left.
                let cursor = focused ? (glyphs.isUnicode ? "▏" : "_") : ""
                let value = tail(Sanitizer.clean(field.value, glyphs: glyphs), columns: valueWidth - TextWidth.columns(cursor),
                                 glyphs: glyphs) + cursor
                let padded = value + String(repeating: " ", count: max(0, valueWidth - TextWidth.columns(value)))
                var style = theme.style(focused ? .selection : .text)
                if !focused { style.underline = true }
                g.put(padded, x: valueX, y: y, style: style, maxX: content.maxX)
            }
            y += 1
            if let error = field.error, y < bottom {
                let text = (glyphs.isUnicode ? "⚠ " : "! ") + error
                // Under the value when it fits there, else from the label's edge: an error is read whole.
                let underValue = valueWidth > 0 && TextWidth.columns(text) <= valueWidth
                g.put(Sanitizer.fit(text, columns: underValue ? valueWidth : content.width, glyphs: glyphs),
                      x: underValue ? valueX : content.x, y: y, style: theme.style(.bad), maxX: content.maxX)
                y += 1
            }
        }
    }

    /// The last `columns` columns of clean text, starting with an ellipsis when cut.
    static func tail(_ s: String, columns: Int, glyphs: Glyphs) -> String {
        guard columns > 0 else { return "" }
        if TextWidth.columns(s) <= columns { return s }
        let room = columns - TextWidth.columns(glyphs.ellipsis)
        var used = 0
        var kept: [Character] = []
        for ch in s.reversed() {
            let w = TextWidth.columns(ch)
            if used + w > room { break }
            kept.append(ch)
            used += w
        }
        return glyphs.ellipsis + String(kept.reversed())
    }
}
