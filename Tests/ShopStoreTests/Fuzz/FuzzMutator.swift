/// Seeded damage to a valid input: flipped bytes, cut files, repeated and spliced lines, and field
/// values swapped for the extremes a hostile or broken exporter writes.
struct FuzzMutator {
    enum Syntax { case jsonLines, csv }

    let syntax: Syntax
    /// Lines of every format's seeds, for splicing one input's lines into another.
    let foreignLines: [[UInt8]]

    func mutate(_ input: [UInt8], using rng: inout FuzzRandom) -> [UInt8] {
        var lines = Self.split(input)
        for _ in 0...rng.below(4) {
            switch rng.below(9) {
            case 0: lines = Self.split(flipBits(Self.join(lines), using: &rng))
            case 1: lines = Self.split(truncate(Self.join(lines), using: &rng))
            case 2: duplicateLine(&lines, using: &rng)
            case 3: spliceForeign(&lines, using: &rng)
            case 4: dropOrSwapLines(&lines, using: &rng)
            case 5: insertHostileBytes(&lines, using: &rng)
            default: swapValue(&lines, using: &rng)
            }
        }
        return Self.join(lines)
    }

    static func split(_ bytes: [UInt8]) -> [[UInt8]] { bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init) }
    static func join(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [0x0A])) }

    private func flipBits(_ bytes: [UInt8], using rng: inout FuzzRandom) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var out = bytes
        for _ in 0...rng.below(8) {
            let i = rng.below(out.count)
            out[i] ^= UInt8(1 << rng.below(8))
        }
        return out
    }

    private func truncate(_ bytes: [UInt8], using rng: inout FuzzRandom) -> [UInt8] {
        Array(bytes.prefix(rng.below(bytes.count + 1)))
    }

    private func duplicateLine(_ lines: inout [[UInt8]], using rng: inout FuzzRandom) {
        guard !lines.isEmpty else { return }
        let line = lines[rng.below(lines.count)]
        for _ in 0...rng.below(3) { lines.insert(line, at: rng.below(lines.count + 1)) }
    }

    private func spliceForeign(_ lines: inout [[UInt8]], using rng: inout FuzzRandom) {
        guard !foreignLines.isEmpty else { return }
        lines.insert(rng.pick(foreignLines), at: rng.below(lines.count + 1))
    }

    private func dropOrSwapLines(_ lines: inout [[UInt8]], using rng: inout FuzzRandom) {
        guard lines.count > 1 else { return }
        let a = rng.below(lines.count), b = rng.below(lines.count)
        if rng.chance(2) { lines.swapAt(a, b) } else { lines.remove(at: a) }
    }

    private func insertHostileBytes(_ lines: inout [[UInt8]], using rng: inout FuzzRandom) {
        guard !lines.isEmpty else { return }
        let i = rng.below(lines.count)
        let hostile: [[UInt8]] = [[0x00], [0xFF, 0xFE], [0xC3], [0xE4, 0xB8], [0x1B, 0x5B, 0x32, 0x4A], [0x0D],
                                  [0x7F], [0xC2, 0x9B], [0xEF, 0xBB, 0xBF], [0x22], [0x2C], [0x60], [0x5C]]
        lines[i].insert(contentsOf: rng.pick(hostile), at: rng.below(lines[i].count + 1))
    }

    /// Replaces one field's value, found by the syntax's own separators, with an extreme one.
    private func swapValue(_ lines: inout [[UInt8]], using rng: inout FuzzRandom) {
        guard !lines.isEmpty else { return }
        let i = rng.below(lines.count)
        switch syntax {
        case .jsonLines: lines[i] = swapJSONValue(lines[i], using: &rng)
        case .csv: lines[i] = swapCSVField(lines[i], using: &rng)
        }
    }

    private func swapJSONValue(_ line: [UInt8], using rng: inout FuzzRandom) -> [UInt8] {
        // A value starts after `":` and ends at the next `,` or `}` outside a string; seeds keep
        // strings free of those, so a plain scan finds it.
        var starts: [Int] = []
        for j in 1..<max(1, line.count) where line[j] == 0x3A && line[j - 1] == 0x22 { starts.append(j + 1) }
        guard !starts.isEmpty else { return line }
        let start = rng.pick(starts)
        var end = start
        var depth = 0
        var inString = false
        while end < line.count {
            let c = line[end]
            if inString { if c == 0x5C { end += 1 } else if c == 0x22 { inString = false } }
            else if c == 0x22 { inString = true }
            else if c == 0x5B || c == 0x7B { depth += 1 }
            else if (c == 0x5D || c == 0x7D) { if depth == 0 { break }; depth -= 1 }
            else if c == 0x2C && depth == 0 { break }
            end += 1
        }
        return Array(line[..<start]) + Array(rng.pick(Self.extremeJSON).utf8) + Array(line[min(end, line.count)...])
    }

    private func swapCSVField(_ line: [UInt8], using rng: inout FuzzRandom) -> [UInt8] {
        var fields = line.split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
        guard !fields.isEmpty else { return line }
        let k = rng.below(fields.count)
        let backtick = fields[k].first == 0x60 && rng.chance(2)
        fields[k] = (backtick ? [0x60] : []) + rng.pick(Self.extremeCSV)
        return Array(fields.joined(separator: [0x2C]))
    }

    static let extremeJSON: [String] = [
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "0", "-1", "1e308", "-1e308", "1.5", "1e-7", "NaN", "null", "true", "false",
        "[]", "{}", #""""#, #""\u0000""#, #""\ud800""#, #""\u001b[2J\u0007""#, #""‮evil""#,
        #""253402300800""#, "253402300800", "-62135596800", "4102444800", "32503680000", #""1970-01-01T00:00:00Z""#,
        #""9999-12-31T23:59:59Z""#, #""0000-00-00T00:00:00Z""#, #""2026-11-24T10:00:00+25:00""#,
        #""-9223372036854775808""#, #""92233720368547758.07""#, #""shipped""#, #""percent""#, #""live_stream""#,
        "\"" + String(repeating: "长", count: 40_000) + "\"",
        String(repeating: "[", count: 3_000) + String(repeating: "]", count: 3_000),
        String(repeating: #"{"a":"#, count: 2_000) + "1" + String(repeating: "}", count: 2_000),
        #"[{"sku":"S","qty":9223372036854775807,"unit_price_fen":9223372036854775807}]"#,
        #"[{"sku":"","qty":-1,"unit_price_fen":-9223372036854775808}]"#,
    ]

    static let extremeCSV: [[UInt8]] = [
        "9223372036854775807", "-9223372036854775808", "92233720368547758.07", "92233720368547758.08",
        "-92233720368547758.08", "99999999999999999999.99", "-0.01", "0.001", "1e308", "NaN", "", " ",
        "\u{0}", "\u{1B}[31m", "\u{202E}evil", "=HYPERLINK(\"x\")", "\"", "a\"b", "\"unterminated",
        "1970-01-01 00:00:00", "9999-12-31 23:59:59", "0000-00-00 00:00:00", "2026-02-30 25:61:61",
        "-2026-11-24 09:00:00", "SUCCESS", "REFUND", "REVOKED", "已付款", "已退款", "¥128.00", "1,280.00",
        String(repeating: "长", count: 40_000),
    ].map { Array($0.utf8) } + [[0xFF, 0xFE, 0x00], [0xC3], [0xED, 0xA0, 0x80]]
}
