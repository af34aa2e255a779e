import ShopModel

/// The top row: the brand, one tab per pane with its number key, and the shop clock.
enum TabBar {
    static func draw(into g: inout Grid, _ c: RenderContext) {
        let bar = c.style(.statusBar)
        g.fill(x: 0, y: 0, width: g.width, height: 1, with: Cell(" ", style: bar))
        let clock = " " + c.clock(c.state.now) + " "
        let tabs = PaneID.allCases.map { " \($0.rawValue) \(AppStrings.paneTitle($0, c.language)) " }
        let tabsWidth = tabs.reduce(0) { $0 + TextWidth.columns($1) }
        let brand = " shopdash "
        var x = 0
        if tabsWidth + TextWidth.columns(brand) + TextWidth.columns(clock) <= g.width {
            x = g.put(brand, x: 0, y: 0, style: c.style(.title), maxX: g.width)
        }
        for (pane, label) in zip(PaneID.allCases, tabs) {
            let style = pane == c.state.pane ? c.style(.tabActive) : c.style(.tabInactive)
            x = g.put(label, x: x, y: 0, style: style, maxX: g.width)
        }
        let clockX = g.width - TextWidth.columns(clock)
        if clockX >= x { g.put(clock, x: clockX, y: 0, style: bar) }
    }
}
