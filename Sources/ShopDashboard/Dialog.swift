/// A centred confirmation box over whatever is on screen.
public enum Dialog {
    public static func confirm(into g: inout Grid, title: String, message: String, theme: Theme, glyphs: Glyphs) {
        let hint = glyphs.isUnicode ? "y/Enter confirm · n/Esc cancel" : "y/Enter confirm - n/Esc cancel"
        confirm(into: &g, title: title, message: message, hint: hint, theme: theme, glyphs: glyphs)
    }

    /// Same, with the hint line in the caller's language. Line breaks in the message start new
    /// lines; everything else is sanitized and wrapped to the box.
    public static func confirm(into g: inout Grid, title: String, message: String, hint: String,
                               theme: Theme, glyphs: Glyphs) {
        let maxInner = max(1, min(g.width - 6, 60))
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            Wrap.lines(Sanitizer.clean(String($0), glyphs: glyphs), columns: maxInner)
        }
        let cleanHint = Sanitizer.clean(hint, glyphs: glyphs)
        let contentWidth = max(lines.map { TextWidth.columns($0) }.max() ?? 0, TextWidth.columns(cleanHint),
                               TextWidth.columns(Sanitizer.clean(title, glyphs: glyphs)) + 4)
        let width = min(g.width, min(maxInner, contentWidth) + 4)
        let height = min(g.height, lines.count + 4)
        let rect = g.bounds.centered(width: width, height: height)
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: theme, glyphs: glyphs, focused: true)
        guard inner.width >= 3, inner.height >= 1 else { return }
        let textX = inner.x + 1, textWidth = inner.width - 2
        let messageRows = max(0, inner.height - 2)
        for (i, line) in lines.prefix(messageRows).enumerated() {
            g.put(Sanitizer.truncate(line, columns: textWidth, glyphs: glyphs), x: textX, y: inner.y + i,
                  style: theme.style(.text), maxX: inner.maxX - 1)
        }
        g.put(Sanitizer.truncate(cleanHint, columns: textWidth, glyphs: glyphs), x: textX, y: inner.maxY - 1,
              style: theme.style(.muted), maxX: inner.maxX - 1)
    }
}

/// Word wrapping by display width: breaks at spaces, and anywhere inside long words and CJK text.
public enum Wrap {
    public static func lines(_ text: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var out: [String] = []
        var line = "", width = 0
        var word = "", wordWidth = 0
        func flushWord() {
            if width > 0 && width + 1 + wordWidth <= columns {
                line += " " + word; width += 1 + wordWidth
            } else if width == 0 && wordWidth <= columns {
                line = word; width = wordWidth
            } else {
                if width > 0 { out.append(line) }
                line = ""; width = 0
                for ch in word {
                    let w = TextWidth.columns(ch)
                    if width + w > columns { out.append(line); line = ""; width = 0 }
                    line.append(ch); width += w
                }
            }
            word = ""; wordWidth = 0
        }
        for ch in text {
            if ch == " " {
                if !word.isEmpty { flushWord() }
            } else {
                word.append(ch); wordWidth += TextWidth.columns(ch)
            }
        }
        if !word.isEmpty { flushWord() }
        if width > 0 || out.isEmpty { out.append(line) }
        return out
    }
}
