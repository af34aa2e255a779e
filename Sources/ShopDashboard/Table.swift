public enum Align: Sendable, Hashable {
    case left, right
}

public struct TableColumn: Sendable, Hashable {
    public var title: String
    /// Display columns; 0 makes the column flexible: flexible columns share what fixed ones leave.
    public var width: Int
    public var align: Align

    public init(title: String, width: Int, align: Align = .left) {
        self.title = title; self.width = width; self.align = align
    }
}

/// A header row and rows of cells, one row per line, with a highlighted selection.
public enum Table {
    /// Draws `rows[scroll...]` below the header. Every cell is sanitized and cut to its column
    /// by display width, so Chinese text lines up. `rowRoles[i]` colours row i unless selected.
    public static func draw(into g: inout Grid, rect: Rect, columns: [TableColumn], rows: [[String]],
                            selected: Int?, scroll: Int, theme: Theme, glyphs: Glyphs,
                            rowRoles: [ThemeRole?] = []) {
        let area = rect.intersection(g.bounds)
        guard !area.isEmpty, !columns.isEmpty else { return }
        let widths = columnWidths(columns, totalWidth: rect.width)
        let header = columns.map(\.title)
        drawRow(into: &g, y: rect.y, rect: rect, cells: header, columns: columns, widths: widths,
                style: theme.style(.header), glyphs: glyphs)
        let visible = rect.height - 1
        guard visible > 0 else { return }
        let first = max(0, min(scroll, rows.count - 1))
        for line in 0..<visible {
            let index = first + line
            let y = rect.y + 1 + line
            let style: Style
            if index == selected {
                style = theme.style(.selection)
            } else if index < rowRoles.count, let role = rowRoles[index] {
                style = theme.style(role)
            } else {
                style = theme.style(.text)
            }
            guard index < rows.count else {
                g.put(String(repeating: " ", count: rect.width), x: rect.x, y: y, style: theme.style(.text), maxX: rect.maxX)
                continue
            }
            drawRow(into: &g, y: y, rect: rect, cells: rows[index], columns: columns, widths: widths,
                    style: style, glyphs: glyphs)
        }
        // Marks at the right of the header tell that rows are hidden above or below.
        let above = first > 0, below = first + visible < rows.count
        if above || below, rect.width >= 2 {
            let mark = (above ? glyphs.up : " ") + (below ? glyphs.down : " ")
            g.put(mark, x: rect.maxX - 2, y: rect.y, style: theme.style(.muted), maxX: rect.maxX)
        }
    }

    /// The scroll offset that keeps `selected` in view, moving as little as possible.
    public static func scrollToShow(selected: Int?, scroll: Int, visibleRows: Int) -> Int {
        guard let selected, visibleRows > 0 else { return max(0, scroll) }
        if selected < scroll { return max(0, selected) }
        if selected >= scroll + visibleRows { return max(0, selected - visibleRows + 1) }
        return max(0, scroll)
    }

    /// Widths of the columns in `totalWidth`, with one space between columns. Flexible
    /// columns share the rest evenly (the first ones get the odd columns); when fixed columns
    /// alone do not fit, the last ones shrink first.
    public static func columnWidths(_ columns: [TableColumn], totalWidth: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let available = max(0, totalWidth - gaps)
        let fixed = columns.reduce(0) { $0 + max(0, $1.width) }
        let flexCount = columns.filter { $0.width <= 0 }.count
        var widths = columns.map { max(0, $0.width) }
        if fixed <= available {
            if flexCount > 0 {
                let rest = available - fixed
                var extra = rest % flexCount
                for i in columns.indices where columns[i].width <= 0 {
                    widths[i] = rest / flexCount + (extra > 0 ? 1 : 0)
                    extra -= 1
                }
            }
        } else {
            var over = fixed - available
            for i in columns.indices.reversed() where over > 0 {
                let cut = min(widths[i], over)
                widths[i] -= cut
                over -= cut
            }
        }
        return widths
    }

    static func drawRow(into g: inout Grid, y: Int, rect: Rect, cells: [String], columns: [TableColumn],
                        widths: [Int], style: Style, glyphs: Glyphs) {
        g.put(String(repeating: " ", count: rect.width), x: rect.x, y: y, style: style, maxX: rect.maxX)
        var x = rect.x
        for (i, column) in columns.enumerated() {
            let w = widths[i]
            if w > 0 {
                let cell = i < cells.count ? cells[i] : ""
                let text = Sanitizer.pad(cell, columns: w, align: column.align, glyphs: glyphs)
                g.put(text, x: x, y: y, style: style, maxX: min(rect.maxX, x + w))
            }
            x += w + 1
        }
    }
}
