import ShopModel

/// What every pane needs to draw: the state, the theme, the glyphs and the words.
struct RenderContext {
    let state: AppState
    let theme: Theme

    var glyphs: Glyphs { state.config.glyphs }
    var language: Language { state.config.language }
    var calendar: ShopCalendar { state.config.calendar }
    var canChange: Bool { state.config.role.canChange }

    var strings: Strings { Strings(language) }
    func t(_ key: L10nKey, _ args: String...) -> String { Template.fill(strings[key], args) }
    func style(_ role: ThemeRole) -> Style { theme.style(role) }
    /// Outside text, made safe to draw.
    func clean(_ s: String) -> String { Sanitizer.clean(s, glyphs: glyphs) }
    func fit(_ s: String, _ columns: Int) -> String { Sanitizer.fit(s, columns: columns, glyphs: glyphs) }
    /// "14:05" in the shop's zone.
    func clock(_ t: Int64) -> String { calendar.timeLabel(t) }
    /// "11-25 14:05": for times that may not be today.
    func stamp(_ t: Int64) -> String {
        let day = calendar.dayLabel(t)
        return calendar.startOfDay(t) == calendar.startOfDay(state.now)
            ? calendar.timeLabel(t) : "\(day.dropFirst(5)) \(calendar.timeLabel(t))"
    }
    func channel(_ c: Channel) -> String { strings.channel(c) }
    func status(_ s: OrderStatus) -> String { strings.orderStatus(s) }
    /// "¥1,234.56"; "Y1,234.56" where only ASCII can be shown; "¥•••" in privacy mode.
    func money(_ m: Money) -> String {
        if state.isPrivate { return hiddenMoney }
        return glyphs.isUnicode ? m.display : m.display.replacingOccurrences(of: "¥", with: "Y")
    }

    /// Short amounts for narrow columns: 万/亿 for Chinese readers (where those can be drawn),
    /// k/M/B otherwise; exact below ten thousand yuan.
    func moneyShort(_ m: Money) -> String {
        if state.isPrivate { return hiddenMoney }
        let words: Language = language == .zh && glyphs.isUnicode ? .zh : .en
        return Format.compactMoney(m, language: words, currency: currency)
    }

    /// Whole yuan for chart axes and coupon values: "¥8,500", "¥30", then as `moneyShort`.
    func moneyAxis(_ fen: Int64) -> String {
        if state.isPrivate { return hiddenMoney }
        let yuan = fen / 100
        if yuan.magnitude < 10_000 { return (fen < 0 ? "-" : "") + currency + Format.grouped(abs(yuan)) }
        return moneyShort(Money(fen: fen))
    }

    /// What stands for a hidden figure or text in privacy mode.
    var hidden: String { glyphs.isUnicode ? "•••" : "***" }
    var hiddenMoney: String { currency + hidden }

    /// A nickname made safe to draw; only its first character in privacy mode.
    func nickname(_ name: String?) -> String {
        guard let name, !name.isEmpty else { return "" }
        guard state.isPrivate else { return clean(name) }
        return clean(String(name.prefix(1))) + (glyphs.isUnicode ? "••" : "**")
    }

    /// A phone number masked to its ends, in full once revealed, not at all in privacy mode.
    func phone(_ raw: String?, revealed: Bool = false) -> String {
        guard let raw else { return glyphs.dash }
        if state.isPrivate { return hidden }
        return clean(revealed ? raw : Masking.phone(raw))
    }

    /// Between the two ends of a time span.
    var span: String { glyphs.isUnicode ? " – " : " - " }

    var currency: String { glyphs.isUnicode ? "¥" : "Y" }

    /// The caret at the end of a text being typed.
    var cursorMark: String { glyphs.isUnicode ? "█" : "_" }

    /// Large screens get more columns and side-by-side panels.
    var isWide: Bool { state.width >= 120 && state.height >= 36 }
}

extension Rect {
    /// Splits off `n` columns on the left (negative: that many from the right edge).
    func splitColumns(_ n: Int) -> (Rect, Rect) {
        let left = n >= 0 ? min(n, width) : max(0, width + n)
        return (Rect(x: x, y: y, width: left, height: height),
                Rect(x: x + left, y: y, width: width - left, height: height))
    }

    /// Splits off `n` rows at the top (negative: that many from the bottom).
    func splitRows(_ n: Int) -> (Rect, Rect) {
        let top = n >= 0 ? min(n, height) : max(0, height + n)
        return (Rect(x: x, y: y, width: width, height: top),
                Rect(x: x, y: y + top, width: width, height: height - top))
    }
}

extension Grid {
    /// Writes already-clean text fitted into a rect's row, with an optional right-aligned part.
    mutating func line(_ text: String, in rect: Rect, row: Int, style: Style, right: String? = nil, rightStyle: Style? = nil) {
        guard row >= 0, row < rect.height, rect.width > 0 else { return }
        let y = rect.y + row
        var limit = rect.maxX
        if let right, !right.isEmpty {
            let w = TextWidth.columns(right)
            if w < rect.width {
                put(right, x: rect.maxX - w, y: y, style: rightStyle ?? style, maxX: rect.maxX)
                limit = rect.maxX - w - 1
            }
        }
        put(text, x: rect.x, y: y, style: style, maxX: limit)
    }
}
