import ShopModel

/// The top row: the brand, one tab per pane with its number key, and the shop clock.
enum TabBar {
    static let brand = " shopdash "

    /// Where each tab sits on the top row: (pane, first column, label); shared by drawing and clicks.
    static func tabs(width: Int, language: Language, clockWidth: Int) -> [(PaneID, Int, String)] {
        let labels = PaneID.allCases.map { " \($0.rawValue) \(AppStrings.paneTitle($0, language)) " }
        let tabsWidth = labels.reduce(0) { $0 + TextWidth.columns($1) }
        var x = tabsWidth + TextWidth.columns(brand) + clockWidth <= width ? TextWidth.columns(brand) : 0
        var out: [(PaneID, Int, String)] = []
        for (pane, label) in zip(PaneID.allCases, labels) {
            out.append((pane, x, label))
            x += TextWidth.columns(label)
        }
        return out
    }

    /// The pane whose tab is at column `x` of the top row.
    static func pane(atColumn x: Int, _ state: AppState) -> PaneID? {
        let clockWidth = state.config.calendar.timeLabel(state.now).count + 2
        return tabs(width: state.width, language: state.config.language, clockWidth: clockWidth)
            .first { x >= $0.1 && x < $0.1 + TextWidth.columns($0.2) }?.0
    }

    static func draw(into g: inout Grid, _ c: RenderContext) {
        let bar = c.style(.statusBar)
        g.fill(x: 0, y: 0, width: g.width, height: 1, with: Cell(" ", style: bar))
        let clock = " " + c.clock(c.state.now) + " "
        let placed = tabs(width: g.width, language: c.language, clockWidth: TextWidth.columns(clock))
        var x = 0
        if let first = placed.first, first.1 > 0 {
            g.put(brand, x: 0, y: 0, style: c.style(.title), maxX: g.width)
        }
        for (pane, start, label) in placed {
            let style = pane == c.state.pane ? c.style(.tabActive) : c.style(.tabInactive)
            x = g.put(label, x: start, y: 0, style: style, maxX: g.width)
        }
        let clockX = g.width - TextWidth.columns(clock)
        if clockX >= x { g.put(clock, x: clockX, y: 0, style: bar) }

    }
}
