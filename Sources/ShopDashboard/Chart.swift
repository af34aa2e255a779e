public struct ChartSeries: Sendable, Hashable {
    public var values: [Int64]
    public var role: ThemeRole
    public var label: String

    public init(values: [Int64], role: ThemeRole, label: String) {
        self.values = values; self.role = role; self.label = label
    }
}

/// A line chart: y-axis labels on the left, the plot, x labels along the bottom, and a legend
/// on the top line when the series have labels and there is room. In Unicode each cell holds
/// 2x4 braille dots; in ASCII each cell is one point ('*' for the first series, '.' for others).
/// The first series is drawn on top, so the current period stays readable over the previous.
public enum Chart {
    /// `xSlots`, when given, places label i under value index `xSlots[i]` (a tick on a round
    /// hour) instead of spreading the labels evenly.
    public static func draw(into g: inout Grid, rect: Rect, series: [ChartSeries], xLabels: [String], xSlots: [Int]? = nil,
                            yFormat: (Int64) -> String, theme: Theme, glyphs: Glyphs) {
        guard let frame = Frame(into: &g, rect: rect, series: series, xLabels: xLabels, xSlots: xSlots, yFormat: yFormat,
                                theme: theme, glyphs: glyphs) else { return }
        let plot = frame.plot
        let dotsX = glyphs.isUnicode ? 2 : 1, dotsY = glyphs.isUnicode ? 4 : 1
        var dots = Canvas(width: plot.width * dotsX, height: plot.height * dotsY)
        // One x scale for all series: today's partial series covers only the hours so far,
        // lined up with the same hours of the full previous period.
        let slots = frame.series.map(\.values.count).max() ?? 0
        for (s, one) in frame.series.enumerated().reversed() {
            dots.plot(one.values, slots: slots, series: s, low: frame.low, high: frame.high)
        }
        for cy in 0..<plot.height {
            for cx in 0..<plot.width {
                guard let (s, bits) = dots.cell(cx, cy, dotsX: dotsX, dotsY: dotsY) else { continue }
                let mark = glyphs.isUnicode ? String(Unicode.Scalar(0x2800 + bits)!) : (s == 0 ? "*" : ".")
                g.put(mark, x: plot.x + cx, y: plot.y + cy, style: theme.style(frame.series[s].role))
            }
        }
    }

    /// The same frame with one vertical bar per value (eighth-cell steps in Unicode, '#' in
    /// ASCII): sales per minute of a live session, where each bucket stands on its own. More
    /// values than columns are averaged into columns; fewer stand at the left, one per column.
    public static func drawColumns(into g: inout Grid, rect: Rect, series: ChartSeries, xLabels: [String],
                                   yFormat: (Int64) -> String, theme: Theme, glyphs: Glyphs) {
        guard let frame = Frame(into: &g, rect: rect, series: [series], xLabels: xLabels, yFormat: yFormat,
                                theme: theme, glyphs: glyphs) else { return }
        let plot = frame.plot
        let values = Sparkline.resample(frame.series[0].values, to: plot.width)
        let steps = glyphs.isUnicode ? 8 : 1
        let span = Double(frame.high - frame.low)
        let style = theme.style(series.role)
        for (cx, v) in values.enumerated() where v > frame.low {
            let total = Int((Double(v - frame.low) / span * Double(plot.height * steps)).rounded())
            // Any positive bucket shows at least a sliver, so a quiet minute differs from none.
            var left = max(1, total)
            for row in stride(from: plot.maxY - 1, through: plot.y, by: -1) where left > 0 {
                let part = min(left, steps)
                let mark = glyphs.isUnicode ? glyphs.sparkline[part - 1] : glyphs.barFull
                g.put(mark, x: plot.x + cx, y: row, style: style)
                left -= part
            }
        }
    }

    /// What both chart kinds share: the cleared rect, bounded values and their scale, y labels
    /// on the left of an axis line, x labels along the bottom and the legend on top.
    struct Frame {
        let series: [ChartSeries]
        let low: Int64
        let high: Int64
        let plot: Rect

        init?(into g: inout Grid, rect: Rect, series raw: [ChartSeries], xLabels: [String], xSlots: [Int]? = nil,
              yFormat: (Int64) -> String, theme: Theme, glyphs: Glyphs) {
            let rect = rect.intersection(g.bounds)
            guard rect.width >= 1, rect.height >= 1 else { return nil }
            // The chart owns its rect: last frame's marks must not survive.
            g.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: Cell(" ", style: theme.style(.text)))
            guard rect.width >= 4, rect.height >= 2 else { return nil }
            // Values are held to ±2^50 so the scale arithmetic cannot overflow, even on a
            // corrupt store value; real money and counts are far below that.
            series = raw.map { one in
                ChartSeries(values: one.values.map { Swift.min(Swift.max($0, -Chart.valueLimit), Chart.valueLimit) },
                            role: one.role, label: one.label)
            }
            let all = series.flatMap(\.values)
            low = min(0, all.min() ?? 0)
            high = Chart.niceCeiling(max(all.max() ?? 0, low + 1) - low) + low
            let hasLegend = series.contains { !$0.label.isEmpty } && rect.height >= 5
            let top = rect.y + (hasLegend ? 1 : 0)
            let plotHeight = rect.maxY - 1 - top
            guard plotHeight >= 1 else { return nil }

            // Y labels: bottom, and the top and middle when there is something to scale; a flat
            // or empty chart gets no made-up maximum.
            var yLabels: [(row: Int, text: String)] = [(top + plotHeight - 1, yFormat(low))]
            let flat = (all.max() ?? low) == low
            if !flat && plotHeight >= 2 { yLabels.append((top, yFormat(high))) }
            if !flat && plotHeight >= 5 && (high - low) % 2 == 0 {
                yLabels.append((top + (plotHeight - 1) / 2, yFormat(low + (high - low) / 2)))
            }
            let widest = yLabels.map { TextWidth.columns(Sanitizer.clean($0.text, glyphs: glyphs)) }.max() ?? 0
            let labelWidth = min(rect.width / 3, widest)
            let axisX = rect.x + labelWidth
            plot = Rect(x: axisX + 1, y: top, width: rect.maxX - axisX - 1, height: plotHeight)
            guard plot.width >= 1 else { return nil }

            let muted = theme.style(.muted)
            for row in top..<(top + plotHeight) {
                let labelled = yLabels.first { $0.row == row }
                if let labelled {
                    let text = Sanitizer.pad(labelled.text, columns: labelWidth, align: .right, glyphs: glyphs)
                    g.put(text, x: rect.x, y: row, style: muted, maxX: axisX)
                }
                g.put(labelled != nil ? glyphs.teeRight : glyphs.vertical, x: axisX, y: row, style: theme.style(.border))
            }
            let slots = series.map(\.values.count).max() ?? 0
            let fractions = xSlots.map { $0.map { Double($0) / Double(max(1, slots - 1)) } }
            Chart.drawXLabels(into: &g, labels: xLabels, at: fractions, x: plot.x, width: plot.width, y: rect.maxY - 1,
                              style: muted, glyphs: glyphs)
            if hasLegend { Chart.drawLegend(into: &g, series: series, rect: rect, theme: theme, glyphs: glyphs) }
        }
    }

    static let valueLimit: Int64 = 1 << 50

    /// The smallest 1, 2, 2.5 or 5 times a power of ten at or above `v`, so axis labels read well.
    public static func niceCeiling(_ v: Int64) -> Int64 {
        guard v > 1 else { return 1 }
        var power: Int64 = 1
        while power <= v / 10 { power *= 10 }
        for step in [10, 20, 25, 50, 100] as [Int64] {
            let candidate = power * step / 10
            if candidate >= v, candidate > 0 { return candidate }
        }
        return power * 10
    }

    /// Labels spread evenly, or at the given fractions of the width: a label at 0 starts at the
    /// axis, one at 1 ends at the right edge, the others are centred on their place. When they do
    /// not all fit, every k-th is shown (the smallest k that fits), and the last one always.
    static func drawXLabels(into g: inout Grid, labels: [String], at fractions: [Double]? = nil, x: Int, width: Int, y: Int,
                            style: Style, glyphs: Glyphs) {
        guard !labels.isEmpty, width > 0 else { return }
        let texts = labels.map { Sanitizer.fit($0, columns: width, glyphs: glyphs) }
        let n = texts.count
        /// Where label i is centred, in columns from the axis; nil for the two ends.
        func place(_ i: Int) -> Int? {
            if let fractions, i < fractions.count {
                let f = min(1, max(0, fractions[i]))
                return f <= 0 || f >= 1 ? nil : Int((f * Double(width - 1)).rounded())
            }
            return i == 0 || i == n - 1 ? nil : i * (width - 1) / (n - 1)
        }
        func start(_ i: Int) -> Int {
            let w = TextWidth.columns(texts[i])
            guard let anchor = place(i) else {
                let atEnd = fractions.map { i < $0.count && $0[i] >= 1 } ?? (i == n - 1 && i > 0)
                return atEnd ? x + width - w : x
            }
            return min(max(x, x + anchor - w / 2), x + width - w)
        }
        func fits(_ picks: [Int]) -> Bool {
            var free = x
            for i in picks {
                if start(i) < free { return false }
                free = start(i) + TextWidth.columns(texts[i]) + 1
            }
            return true
        }
        var chosen = [0]
        for stride in 1...n {
            var picks = Array(Swift.stride(from: 0, to: n, by: stride))
            if picks.last != n - 1 {
                // The last label is worth more than the one just before it.
                if picks.count > 1, !fits(picks + [n - 1]) { picks.removeLast() }
                picks.append(n - 1)
            }
            if fits(picks) { chosen = picks; break }
        }
        if !fits(chosen) { chosen = [0] }
        for i in chosen {
            g.put(texts[i], x: start(i), y: y, style: style, maxX: x + width)
        }
    }

    static func drawLegend(into g: inout Grid, series: [ChartSeries], rect: Rect, theme: Theme, glyphs: Glyphs) {
        var parts: [(String, Style)] = []
        for (i, one) in series.enumerated() where !one.label.isEmpty {
            // In ASCII the legend shows the very mark the series is plotted with.
            let mark = glyphs.isUnicode ? glyphs.bullet : (i == 0 ? "*" : ".")
            parts.append((mark + " " + Sanitizer.clean(one.label, glyphs: glyphs), theme.style(one.role)))
        }
        let total = parts.reduce(0) { $0 + TextWidth.columns($1.0) } + 2 * (parts.count - 1)
        var x = max(rect.x, rect.maxX - total)
        for (text, style) in parts {
            x = g.put(text, x: x, y: rect.y, style: style, maxX: rect.maxX) + 2
        }
    }
}

/// Dots of each series on a pixel grid; lines between consecutive points are filled in.
struct Canvas {
    let width: Int
    let height: Int
    var owner: [Int8]   // -1 = empty, else the series index on top

    init(width: Int, height: Int) {
        self.width = width; self.height = height
        owner = Array(repeating: -1, count: max(0, width * height))
    }

    mutating func set(_ x: Int, _ y: Int, series: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        owner[y * width + x] = Int8(series)
    }

    /// Plots value i at x = i of `slots` spread over the full width, from the bottom row (low)
    /// to the top row (high).
    mutating func plot(_ values: [Int64], slots: Int, series: Int, low: Int64, high: Int64) {
        guard !values.isEmpty, width > 0, height > 0 else { return }
        func py(_ v: Int64) -> Int {
            let span = Double(high - low)
            let frac = span > 0 ? Double(v - low) / span : 0
            return (height - 1) - Int((frac * Double(height - 1)).rounded())
        }
        if slots <= 1 {
            set(0, py(values[0]), series: series)
            return
        }
        var previous: (Int, Int)? = nil
        for (i, v) in values.enumerated() {
            let px = i * (width - 1) / (slots - 1)
            let point = (px, py(v))
            if let previous { line(from: previous, to: point, series: series) } else { set(point.0, point.1, series: series) }
            previous = point
        }
    }

    mutating func line(from a: (Int, Int), to b: (Int, Int), series: Int) {
        var (x0, y0) = a
        let (x1, y1) = b
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            set(x0, y0, series: series)
            if x0 == x1 && y0 == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x0 += sx }
            if e2 <= dx { err += dx; y0 += sy }
        }
    }

    /// The topmost series present in a cell and the braille bits of its dots there.
    func cell(_ cx: Int, _ cy: Int, dotsX: Int, dotsY: Int) -> (Int, UInt32)? {
        var top: Int8 = Int8.max
        for dy in 0..<dotsY {
            for dx in 0..<dotsX {
                let o = owner[(cy * dotsY + dy) * width + cx * dotsX + dx]
                if o >= 0 && o < top { top = o }
            }
        }
        guard top != Int8.max else { return nil }
        // Braille dot numbering: left column 1,2,3,7 and right column 4,5,6,8, top to bottom.
        let bitsFor: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        var bits: UInt32 = 0
        for dy in 0..<dotsY {
            for dx in 0..<dotsX where owner[(cy * dotsY + dy) * width + cx * dotsX + dx] == top {
                bits |= dotsX == 2 ? bitsFor[dx][dy] : 1
            }
        }
        return (Int(top), bits)
    }
}
