/// One comparison on a card: "▲12.3% vs yesterday", green when the move is good.
public struct CardDelta: Sendable, Hashable {
    public var text: String
    public var label: String
    /// -1, 0 or 1: the direction of the change.
    public var direction: Int
    /// GMV up is good, refund rate up is bad.
    public var higherIsBetter: Bool

    public init(text: String, label: String, direction: Int, higherIsBetter: Bool = true) {
        self.text = text; self.label = label; self.direction = direction.signum(); self.higherIsBetter = higherIsBetter
    }

    /// The change from `before` to `now`, worded by `Format.change`.
    public init(now: Int64, before: Int64, label: String, higherIsBetter: Bool = true,
                language: Language = .en, glyphs: Glyphs = .unicode) {
        self.init(text: Format.change(now, before, language: language, glyphs: glyphs), label: label,
                  direction: now > before ? 1 : now < before ? -1 : 0,
                  higherIsBetter: higherIsBetter)
    }

    public var role: ThemeRole {
        if direction == 0 { return .muted }
        return (direction > 0) == higherIsBetter ? .good : .bad
    }
}

/// A KPI card without a frame: title, value, comparisons and a sparkline, one per line.
/// When rows are short, the title, the value, the first comparison and the sparkline win.
public enum Card {
    public static func draw(into g: inout Grid, rect: Rect, title: String, value: String, deltas: [CardDelta],
                            sparkline: [Int64]?, theme: Theme, glyphs: Glyphs) {
        guard !rect.intersection(g.bounds).isEmpty else { return }
        enum Line { case title, value, delta(Int), spark }
        var wanted: [Line] = [.title, .value]
        if !deltas.isEmpty { wanted.append(.delta(0)) }
        if sparkline != nil { wanted.append(.spark) }
        for i in deltas.indices.dropFirst() { wanted.append(.delta(i)) }
        let shown = Array(wanted.prefix(rect.height))
        // Natural order: comparisons before the sparkline.
        func rank(_ l: Line) -> Int {
            switch l { case .title: 0; case .value: 1; case .delta(let i): 2 + i; case .spark: 100 }
        }
        let ordered = shown.sorted { rank($0) < rank($1) }
        let blank = String(repeating: " ", count: rect.width)
        for (row, line) in ordered.enumerated() {
            let y = rect.y + row
            g.put(blank, x: rect.x, y: y, style: theme.style(.text), maxX: rect.maxX)
            switch line {
            case .title:
                g.put(Sanitizer.fit(title, columns: rect.width, glyphs: glyphs), x: rect.x, y: y,
                      style: theme.style(.muted), maxX: rect.maxX)
            case .value:
                var style = theme.style(.title)
                style.bold = true
                g.put(Sanitizer.fit(value, columns: rect.width, glyphs: glyphs), x: rect.x, y: y, style: style, maxX: rect.maxX)
            case .delta(let i):
                let d = deltas[i]
                let arrow = d.direction > 0 ? glyphs.up : d.direction < 0 ? glyphs.down : " "
                let change = arrow + Sanitizer.clean(d.text, glyphs: glyphs)
                let x = g.put(Sanitizer.fit(change, columns: rect.width, glyphs: glyphs), x: rect.x, y: y,
                              style: theme.style(d.role), maxX: rect.maxX)
                let room = rect.maxX - x - 1
                if room > 0, !d.label.isEmpty {
                    g.put(Sanitizer.fit(d.label, columns: room, glyphs: glyphs), x: x + 1, y: y,
                          style: theme.style(.muted), maxX: rect.maxX)
                }
            case .spark:
                g.put(Sparkline.render(sparkline ?? [], width: rect.width, glyphs: glyphs), x: rect.x, y: y,
                      style: theme.style(.series1), maxX: rect.maxX)
            }
        }
    }
}
