public enum Align: Sendable, Hashable {
    case left, right
}

public struct TableColumn: Sendable, Hashable {
    public var title: String
    /// Display columns; 0 makes the column flexible: flexible columns share what fixed ones leave.
    public var width: Int
    public var align: Align
    /// A name column: it takes room that a flexible column leaves unused, up to its longest text.
    public var grows: Bool

    public init(title: String, width: Int, align: Align = .left, grows: Bool = false) {
        self.title = title; self.width = width; self.align = align; self.grows = grows
    }

    /// Right-aligned columns hold figures (money, counts, rates), which are never cut.
    var holdsFigures: Bool { align == .right }
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
        // A figure in the last column keeps a space before the bar, so its last digit is not read as a bar.
        let barRoom = scrolls ? (columns.last?.holdsFigures == true ? 2 : 1) : 0
        let body = Rect(x: rect.x, y: rect.y, width: rect.width - barRoom, height: rect.height)
        let first = max(0, min(scroll, count - visible))
        let shown = visible > 0 ? (first..<min(count, first + visible)).map(row) : []
        let widths = fittedWidths(columns, totalWidth: body.width, cells: shown, glyphs: glyphs)
        drawRow(into: &g, y: rect.y, rect: rect, cells: columns.map(\.title), columns: columns, widths: widths,
                style: theme.style(.header), glyphs: glyphs)
        guard visible > 0 else { return }
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
            drawRow(into: &g, y: y, rect: body, cells: shown[line], columns: columns, widths: widths,
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

    /// Widths for the rows on screen. A figure cut to "¥3,953.…" answers nothing, so a figure
    /// column grows to its widest cell, taking room from flexible columns first (down to a few
    /// columns), then from fixed text columns (the last ones first, down to nothing), then from
    /// what is left of the flexible ones. A flexible column wider than its longest text hands the
    /// rest to `grows` columns that would otherwise be cut.
    public static func fittedWidths(_ columns: [TableColumn], totalWidth: Int, cells: [[String]],
                                    glyphs: Glyphs = .unicode) -> [Int] {
        var widths = columnWidths(columns, totalWidth: totalWidth)
        let needs = columns.indices.map { i in
            cells.reduce(0) { most, row in
                i < row.count ? max(most, TextWidth.columns(Sanitizer.clean(row[i], glyphs: glyphs))) : most
            }
        }
        let flexible = columns.indices.filter { columns[$0].width <= 0 }.sorted { widths[$0] > widths[$1] }
        let fixedText = columns.indices.filter { columns[$0].width > 0 && !columns[$0].holdsFigures }.reversed()
        func take(_ wanted: Int, from donors: [Int], keeping floor: Int) -> Int {
            var got = 0
            for d in donors where got < wanted {
                let give = min(wanted - got, max(0, widths[d] - floor))
                widths[d] -= give
                got += give
            }
            return got
        }
        for i in columns.indices where columns[i].holdsFigures && needs[i] > widths[i] {
            var short = needs[i] - widths[i]
            short -= take(short, from: flexible, keeping: 4)
            short -= take(short, from: Array(fixedText), keeping: 0)
            short -= take(short, from: flexible, keeping: 0)
            widths[i] = needs[i] - short
        }
        for g in columns.indices where columns[g].grows {
            var want = max(needs[g], TextWidth.columns(columns[g].title)) - widths[g]
            for f in flexible where f != g && want > 0 {
                let spare = widths[f] - max(needs[f], TextWidth.columns(columns[f].title))
                guard spare > 0 else { continue }
                let got = take(min(want, spare), from: [f], keeping: 0)
                widths[g] += got
                want -= got
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
