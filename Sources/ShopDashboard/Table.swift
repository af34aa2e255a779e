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
        draw(into: &g, rect: rect, columns: columns, rows: rows, selected: selected, scroll: scroll,
             theme: theme, glyphs: glyphs, rowRoles: rowRoles, cellRoles: [])
    }

    /// Same, where `cellRoles[i][c]` colours one cell of row i (a cohort grid shaded by rate, a
    /// refund status in red); the selection still covers the whole selected row.
    public static func draw(into g: inout Grid, rect: Rect, columns: [TableColumn], rows: [[String]],
                            selected: Int?, scroll: Int, theme: Theme, glyphs: Glyphs,
                            rowRoles: [ThemeRole?], cellRoles: [[ThemeRole?]]) {
        draw(into: &g, rect: rect, columns: columns, count: rows.count, selected: selected, scroll: scroll,
             theme: theme, glyphs: glyphs,
             row: { rows[$0] },
             rowRole: { $0 < rowRoles.count ? rowRoles[$0] : nil },
             cellRoles: { $0 < cellRoles.count ? cellRoles[$0] : [] })
    }

    /// Same for a long list: only the rows that land on screen are asked for, so a list of
    /// hundreds costs what a screenful costs to format.
    public static func draw(into g: inout Grid, rect: Rect, columns: [TableColumn], count: Int,
                            selected: Int?, scroll: Int, theme: Theme, glyphs: Glyphs,
                            row: (Int) -> [String], rowRole: (Int) -> ThemeRole? = { _ in nil },
                            cellRoles: (Int) -> [ThemeRole?] = { _ in [] }) {
        let area = rect.intersection(g.bounds)
        guard !area.isEmpty, !columns.isEmpty else { return }
        let visible = rect.height - 1
        // Rows that do not fit get a scrollbar in the last column, so the cells stay readable.
        let scrolls = visible > 0 && count > visible && rect.width >= 4
        let body = Rect(x: rect.x, y: rect.y, width: rect.width - (scrolls ? 1 : 0), height: rect.height)
        let widths = columnWidths(columns, totalWidth: body.width)
        drawRow(into: &g, y: rect.y, rect: rect, cells: columns.map(\.title), columns: columns, widths: widths,
                style: theme.style(.header), glyphs: glyphs)
        guard visible > 0 else { return }
        let first = max(0, min(scroll, count - visible))
        for line in 0..<visible {
            let index = first + line
            let y = rect.y + 1 + line
            let style: Style
            if index == selected {
                style = theme.style(.selection)
            } else if index < count, let role = rowRole(index) {
                style = theme.style(role)
            } else {
                style = theme.style(.text)
            }
            guard index < count else {
                g.put(String(repeating: " ", count: body.width), x: rect.x, y: y, style: theme.style(.text), maxX: body.maxX)
                continue
            }
            let roles = index != selected ? cellRoles(index) : []
            drawRow(into: &g, y: y, rect: body, cells: row(index), columns: columns, widths: widths,
                    style: style, glyphs: glyphs, cellStyles: roles.map { $0.map(theme.style) })
        }
        if scrolls {
            drawScrollbar(into: &g, x: rect.maxX - 1, y: rect.y + 1, height: visible, first: first,
                          total: count, theme: theme, glyphs: glyphs)
        }
    }

    /// A one-column bar whose thumb shows which part of the rows is on screen.
    static func drawScrollbar(into g: inout Grid, x: Int, y: Int, height: Int, first: Int, total: Int,
                              theme: Theme, glyphs: Glyphs) {
        let thumb = max(1, height * height / total)
        let travel = height - thumb
        let hidden = total - height
        let offset = hidden > 0 ? (first * travel + hidden / 2) / hidden : 0
        for row in 0..<height {
            let onThumb = row >= offset && row < offset + thumb
            g.put(onThumb ? glyphs.scrollThumb : glyphs.scrollTrack, x: x, y: y + row,
                  style: theme.style(onThumb ? .accent : .muted))
        }
    }

    /// How many data rows a table drawn in `rect` shows (the header takes one line).
    public static func visibleRows(in rect: Rect) -> Int { max(0, rect.height - 1) }

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
                        widths: [Int], style: Style, glyphs: Glyphs, cellStyles: [Style?] = []) {
        g.put(String(repeating: " ", count: rect.width), x: rect.x, y: y, style: style, maxX: rect.maxX)
        var x = rect.x
        for (i, column) in columns.enumerated() {
            let w = widths[i]
            if w > 0 {
                let cell = i < cells.count ? cells[i] : ""
                let text = Sanitizer.pad(cell, columns: w, align: column.align, glyphs: glyphs)
                let cellStyle = i < cellStyles.count ? cellStyles[i] ?? style : style
                g.put(text, x: x, y: y, style: cellStyle, maxX: min(rect.maxX, x + w))
            }
            x += w + 1
        }
    }
}
