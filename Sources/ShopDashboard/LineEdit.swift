/// The text of a one-line input (search box, filter, command palette, form field) and the
/// keys that edit it. The cursor stays at the end, which is all these inputs need.
public struct LineEdit: Sendable, Hashable {
    public private(set) var text: String
    /// The whole text is selected: the next character replaces it and Backspace removes it, so
    /// returning to a box to ask something new does not add to the old question.
    public private(set) var isSelected = false
    /// In characters; typing beyond it is ignored.
    public var maxLength: Int

    public init(_ text: String = "", maxLength: Int = 200) {
        self.maxLength = maxLength
        self.text = String(Sanitizer.clean(text).prefix(maxLength))
    }

    /// Applies an editing key and says whether it was one. Enter, Esc, arrows and the like
    /// are left to the caller.
    @discardableResult
    public mutating func apply(_ key: Key) -> Bool {
        let replacing = isSelected
        isSelected = false
        switch key {
        case .char(let c):
            // A pasted control or escape character is refused, not stored: what is typed is
            // later shown and searched for as it is.
            guard Sanitizer.clean(String(c)) == String(c), !c.isNewline else { return true }
            if replacing { text = "" }
            if text.count < maxLength { text.append(c) }
            return true
        case .backspace, .ctrl("h"):
            if replacing { text = "" } else if !text.isEmpty { text.removeLast() }
            return true
        case .ctrl("u"):
            text = ""
            return true
        case .ctrl("w"):
            while text.last == " " { text.removeLast() }
            while let last = text.last, last != " " { text.removeLast() }
            return true
        default:
            isSelected = replacing
            return false
        }
    }

    public mutating func clear() { text = ""; isSelected = false }

    /// Selects the whole text (nothing to select when it is empty).
    public mutating func selectAll() { isSelected = !text.isEmpty }
}

/// A one-line input: prompt, the text (its end kept in view) and a cursor when focused, or a
/// placeholder while empty.
public enum Input {
    public static func draw(into g: inout Grid, rect: Rect, prompt: String, text: String, placeholder: String = "",
                            focused: Bool, theme: Theme, glyphs: Glyphs) {
        guard rect.height >= 1, !rect.intersection(g.bounds).isEmpty else { return }
        let base = theme.style(.text)
        g.put(String(repeating: " ", count: rect.width), x: rect.x, y: rect.y, style: base, maxX: rect.maxX)
        var x = rect.x
        if !prompt.isEmpty {
            x = g.put(Sanitizer.fit(prompt, columns: rect.width / 2, glyphs: glyphs), x: x, y: rect.y,
                      style: theme.style(.accent), maxX: rect.maxX) + 1
        }
        let cursor = focused ? (glyphs.isUnicode ? "▏" : "_") : ""
        let room = rect.maxX - x - TextWidth.columns(cursor)
        guard room >= 0 else { return }
        if text.isEmpty && !placeholder.isEmpty {
            let end = g.put(cursor, x: x, y: rect.y, style: theme.style(.accent), maxX: rect.maxX)
            g.put(Sanitizer.fit(placeholder, columns: rect.maxX - end, glyphs: glyphs), x: end, y: rect.y,
                  style: theme.style(.muted), maxX: rect.maxX)
            return
        }
        let shown = Form.tail(Sanitizer.clean(text, glyphs: glyphs), columns: room, glyphs: glyphs)
        let end = g.put(shown, x: x, y: rect.y, style: base, maxX: rect.maxX)
        g.put(cursor, x: end, y: rect.y, style: theme.style(.accent), maxX: rect.maxX)
    }
}
