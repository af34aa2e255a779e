/// How many colours the terminal can show.
public enum ColorDepth: Sendable, Hashable, CaseIterable {
    case none, ansi16, indexed256, truecolor
}

/// Maps theme colours down to what the terminal has: truecolor -> nearest of the 256-colour
/// palette (6x6x6 cube and grey ramp) -> nearest of the 16 ANSI colours -> attributes only.
public enum ColorDegrade {
    public static func adapt(_ c: TermColor, to depth: ColorDepth) -> TermColor {
        switch (depth, c) {
        case (_, .default), (.truecolor, _):
            return c
        case (.none, _):
            return .default
        case (.indexed256, .rgb(let r, let g, let b)):
            return .indexed(nearest256(Int(r), Int(g), Int(b)))
        case (.indexed256, _):
            return c
        case (.ansi16, .ansi):
            return c
        case (.ansi16, .indexed(let i)):
            if i < 16 { return .ansi(i) }
            let (r, g, b) = rgb(ofIndexed: i)
            return .ansi(nearest16(r, g, b))
        case (.ansi16, .rgb(let r, let g, let b)):
            return .ansi(nearest16(Int(r), Int(g), Int(b)))
        }
    }

    /// Without colour only bold and reverse survive; a style that was told apart by its
    /// background (selection, status bar, alerts) turns reverse so it still stands out.
    public static func adapt(_ s: Style, to depth: ColorDepth) -> Style {
        guard depth == .none else {
            var out = s
            out.fg = adapt(s.fg, to: depth)
            out.bg = adapt(s.bg, to: depth)
            return out
        }
        return Style(bold: s.bold, reverse: s.reverse || s.bg != .default)
    }

    // MARK: - Palettes

    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The xterm defaults for the 16 ANSI colours.
    static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(ofIndexed i: UInt8) -> (Int, Int, Int) {
        let n = Int(i)
        if n < 16 { return ansiPalette[n] }
        if n >= 232 { let v = 8 + (n - 232) * 10; return (v, v, v) }
        let c = n - 16
        return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        // Weighted the way the eye weighs them: green most, blue least.
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
        let target = (r, g, b)
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let ci = (level(target.0), level(target.1), level(target.2))
        let cube = (cubeLevels[ci.0], cubeLevels[ci.1], cubeLevels[ci.2])
        let cubeIndex = 16 + 36 * ci.0 + 6 * ci.1 + ci.2
        let average = (target.0 + target.1 + target.2) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyValue = 8 + greyStep * 10
        let grey = (greyValue, greyValue, greyValue)
        return distance(grey, target) < distance(cube, target) ? UInt8(232 + greyStep) : UInt8(cubeIndex)
    }

    static func nearest16(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
        let target = (r, g, b)
        var best = 0
        var bestDistance = Int.max
        for (i, c) in ansiPalette.enumerated() {
            let d = distance(c, target)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return UInt8(best)
    }
}
