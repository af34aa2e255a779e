/// One row of a bar list: a label, a bar scaled to the largest value, and right-aligned figures.
struct LabeledBar {
    var label: String
    var value: Int64
    /// Figures after the bar, each in its own right-aligned column (amount, share ...).
    var figures: [String]
    var role: ThemeRole = .series1
}

/// Bars whose figures never get cut: the figure columns take what they need, the bar the rest.
/// (The kit's Bars caps its text column, which cuts "¥38,950.20 42.1%" style figures.)
enum LabeledBars {
    static func draw(into g: inout Grid, _ rect: Rect, _ items: [LabeledBar], _ c: RenderContext, rowStep: Int = 1) {
        guard !items.isEmpty, rect.width > 0 else { return }
        let labels = items.map { c.clean($0.label) }
        let labelWidth = min(labels.map { TextWidth.columns($0) }.max() ?? 0, max(4, rect.width / 3))
        var columns = items.map(\.figures.count).max() ?? 0
        func figureWidths(_ n: Int) -> [Int] {
            (0..<n).map { i in items.map { i < $0.figures.count ? TextWidth.columns($0.figures[i]) : 0 }.max() ?? 0 }
        }
        var widths = figureWidths(columns)
        // Drop the last figure columns until a bar of at least 6 cells fits.
        while columns > 0 && rect.width - labelWidth - 1 - widths.reduce(0, { $0 + $1 + 1 }) < 6 {
            columns -= 1
            widths = figureWidths(columns)
        }
        let barWidth = max(0, rect.width - labelWidth - 1 - widths.reduce(0) { $0 + $1 + 1 })
        let high = items.map(\.value).max() ?? 0
        for (i, item) in items.enumerated() {
            let y = rect.y + i * rowStep
            guard y < rect.maxY else { break }
            var x = g.put(Sanitizer.pad(labels[i], columns: labelWidth, glyphs: c.glyphs), x: rect.x, y: y,
                          style: c.style(.text), maxX: rect.maxX) + 1
            g.put(Bars.bar(value: item.value, max: high, width: barWidth, glyphs: c.glyphs), x: x, y: y,
                  style: c.style(item.role), maxX: min(rect.maxX, x + barWidth))
            x += barWidth
            for (j, width) in widths.enumerated() {
                let text = j < item.figures.count ? item.figures[j] : ""
                g.put(Sanitizer.pad(text, columns: width, align: .right, glyphs: c.glyphs), x: x + 1, y: y,
                      style: c.style(j == 0 ? .text : .muted), maxX: rect.maxX)
                x += width + 1
            }
        }
    }
}
