/// One screen cell. A wide character sits in its first cell; the next cell holds `continuation`.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style
    public var isContinuation: Bool

    public init(_ text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text; self.style = style; self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// What a frame looks like: panes render into it, tests read it, the terminal backend draws it.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes `text` from column `x` on row `y`, clipped at `maxX` (exclusive, default the right edge).
    /// Text must already be sanitized. A wide character that does not fit is replaced by a space.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var col = x
        for ch in text {
            let w = TextWidth.columns(ch)
            if w == 0 { continue }
            if col + w > limit {
                if col < limit && col >= 0 { self[col, y] = Cell(" ", style: style) }
                return limit
            }
            if col >= 0 {
                breakWideCharacter(at: col, y: y)
                self[col, y] = Cell(String(ch), style: style)
                if w == 2 {
                    breakWideCharacter(at: col + 1, y: y)
                    self[col + 1, y] = Cell("", style: style, isContinuation: true)
                }
            }
            col += w
        }
        return col
    }

    /// Paints the style over a rectangle, keeping its text.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell = .blank) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) {
                breakWideCharacter(at: col, y: row)
                self[col, row] = cell
            }
        }
    }

    /// Overwriting half of a wide character blanks its other half, so no cell keeps a stray half.
    private mutating func breakWideCharacter(at x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let current = self[x, y]
        if current.isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        } else if x + 1 < width, self[x + 1, y].isContinuation {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
    }

    /// The frame as plain text, one line per row, trailing spaces kept so columns can be compared.
    public var text: String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for row in 0..<height {
            var line = ""
            for col in 0..<width where !self[col, row].isContinuation {
                line += self[col, row].text
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
