/// A one-line trend: each column one bucket, eight heights.
public enum Sparkline {
    /// Exactly `width` columns. More values than columns are merged (averaged) into columns;
    /// fewer are drawn from the left and the rest is blank. Heights scale from zero (or the
    /// lowest negative value) to the highest value, so equal values look equal across cards.
    public static func render(_ values: [Int64], width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        guard !values.isEmpty else { return String(repeating: " ", count: width) }
        let limit: Int64 = 1 << 50  // keeps the scale arithmetic clear of overflow
        let columns = resample(values.map { min(max($0, -limit), limit) }, to: width)
        let low = min(0, columns.min() ?? 0)
        let high = columns.max() ?? 0
        let levels = glyphs.sparkline.count
        var out = ""
        for v in columns {
            let level: Int
            if high == low {
                level = 0
            } else {
                let scaled = Double(v - low) / Double(high - low) * Double(levels - 1)
                level = min(levels - 1, max(0, Int(scaled.rounded())))
            }
            out += glyphs.sparkline[level]
        }
        return out + String(repeating: " ", count: width - columns.count)
    }

    /// Averages consecutive values so that at most `width` remain; each column covers an equal
    /// share of the input.
    static func resample(_ values: [Int64], to width: Int) -> [Int64] {
        guard values.count > width else { return values }
        var out: [Int64] = []
        out.reserveCapacity(width)
        for c in 0..<width {
            let from = c * values.count / width
            let to = max(from + 1, (c + 1) * values.count / width)
            let slice = values[from..<to]
            let mean = slice.reduce(0.0) { $0 + Double($1) } / Double(slice.count)
            out.append(Int64(mean.rounded(.down)))
        }
        return out
    }
}
