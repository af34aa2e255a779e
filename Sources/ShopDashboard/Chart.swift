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
    public static func draw(into g: inout Grid, rect: Rect, series: [ChartSeries], xLabels: [String],
                            yFormat: (Int64) -> String, theme: Theme, glyphs: Glyphs) {
        let area = rect.intersection(g.bounds)
        guard area == rect, rect.width >= 4, rect.height >= 2 else {
            // Part of the rect lies off the grid: draw into what is visible.
            if !area.isEmpty, area != rect, area.width >= 4, area.height >= 2 {
                draw(into: &g, rect: area, series: series, xLabels: xLabels, yFormat: yFormat, theme: theme, glyphs: glyphs)
            }
            return
        }
        let all = series.flatMap(\.values)
        let low = min(0, all.min() ?? 0)
        let high = niceCeiling(max(all.max() ?? 0, low + 1) - low) + low
        let hasLegend = series.contains { !$0.label.isEmpty } && rect.height >= 5
        let top = rect.y + (hasLegend ? 1 : 0)
        let plotHeight = rect.maxY - 1 - top
        guard plotHeight >= 1 else { return }

        // Y labels: top, bottom and, with room, the middle.
        var yLabels: [(row: Int, text: String)] = [(top, yFormat(high)), (top + plotHeight - 1, yFormat(low))]
        if plotHeight >= 5 { yLabels.append((top + (plotHeight - 1) / 2, yFormat(low + (high - low) / 2))) }
        let labelWidth = min(rect.width / 3, yLabels.map { TextWidth.columns(Sanitizer.clean($0.text, glyphs: glyphs)) }.max() ?? 0)
        let axisX = rect.x + labelWidth
        let plotX = axisX + 1
        let plotWidth = rect.maxX - plotX
        guard plotWidth >= 1 else { return }

        let muted = theme.style(.muted)
        for row in top..<(top + plotHeight) {
            let labelled = yLabels.first { $0.row == row }
            if let labelled {
                let text = Sanitizer.pad(labelled.text, columns: labelWidth, align: .right, glyphs: glyphs)
                g.put(text, x: rect.x, y: row, style: muted, maxX: axisX)
            }
            g.put(labelled != nil ? glyphs.teeRight : glyphs.vertical, x: axisX, y: row, style: theme.style(.border))
        }

        let dotsX = glyphs.isUnicode ? 2 : 1, dotsY = glyphs.isUnicode ? 4 : 1
        let canvas = Canvas(width: plotWidth * dotsX, height: plotHeight * dotsY, series: series.count)
        var dots = canvas
        for (s, one) in series.enumerated().reversed() {
            dots.plot(one.values, series: s, low: low, high: high)
        }
        for cy in 0..<plotHeight {
            for cx in 0..<plotWidth {
                guard let (s, bits) = dots.cell(cx, cy, dotsX: dotsX, dotsY: dotsY) else { continue }
                let mark: String
                if glyphs.isUnicode {
                    mark = String(Unicode.Scalar(0x2800 + bits)!)
                } else {
                    mark = s == 0 ? "*" : "."
                }
                g.put(mark, x: plotX + cx, y: top + cy, style: theme.style(series[s].role))
            }
        }

        drawXLabels(into: &g, labels: xLabels, x: plotX, width: plotWidth, y: rect.maxY - 1, style: muted, glyphs: glyphs)
        if hasLegend { drawLegend(into: &g, series: series, rect: rect, theme: theme, glyphs: glyphs) }
    }

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

    static func drawXLabels(into g: inout Grid, labels: [String], x: Int, width: Int, y: Int, style: Style, glyphs: Glyphs) {
        guard !labels.isEmpty, width > 0 else { return }
        let texts = labels.map { Sanitizer.fit($0, columns: width, glyphs: glyphs) }
        var nextFree = x
        for (i, text) in texts.enumerated() {
            let w = TextWidth.columns(text)
            let anchor = labels.count == 1 ? x : x + i * (width - 1) / (labels.count - 1)
            // Spread: the first label starts at the axis, the last ends at the right edge.
            var start = anchor - w / 2
            if i == 0 { start = x }
            if i == labels.count - 1 && labels.count > 1 { start = x + width - w }
            start = max(start, x)
            guard start >= nextFree, start + w <= x + width else { continue }
            g.put(text, x: start, y: y, style: style, maxX: x + width)
            nextFree = start + w + 1
        }
    }

    static func drawLegend(into g: inout Grid, series: [ChartSeries], rect: Rect, theme: Theme, glyphs: Glyphs) {
        var parts: [(String, Style)] = []
        for one in series where !one.label.isEmpty {
            parts.append((glyphs.bullet + " " + Sanitizer.clean(one.label, glyphs: glyphs), theme.style(one.role)))
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

    init(width: Int, height: Int, series: Int) {
        self.width = width; self.height = height
        owner = Array(repeating: -1, count: max(0, width * height))
    }

    mutating func set(_ x: Int, _ y: Int, series: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        owner[y * width + x] = Int8(series)
    }

    /// Plots values across the full width, from the bottom row (low) to the top row (high).
    mutating func plot(_ values: [Int64], series: Int, low: Int64, high: Int64) {
        guard !values.isEmpty, width > 0, height > 0 else { return }
        func py(_ v: Int64) -> Int {
            let span = Double(high - low)
            let frac = span > 0 ? Double(v - low) / span : 0
            return (height - 1) - Int((frac * Double(height - 1)).rounded())
        }
        if values.count == 1 {
            set(0, py(values[0]), series: series)
            return
        }
        // More points than dots: each dot column takes the last point that lands on it.
        var previous: (Int, Int)? = nil
        for (i, v) in values.enumerated() {
            let px = i * (width - 1) / (values.count - 1)
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
