import ShopModel

/// The top row: the brand when there is room, one tab per pane with its number key (the kit's
/// Tabs), and the shop clock.
enum TabBar {
    static let brand = " shopdash "

    /// (brand shown, the rect the tabs get), shared by drawing and clicks.
    static func layout(width: Int, language: Language, clockWidth: Int) -> (Bool, Rect) {
        let titles = PaneID.allCases.map { Strings(language).paneTitle($0) }
        let tabsWidth = titles.enumerated().reduce(0) { $0 + TextWidth.columns(" \($1.offset + 1) \($1.element) ") }
        let brandWidth = TextWidth.columns(brand)
        let showBrand = tabsWidth + brandWidth + clockWidth <= width
        let x = showBrand ? brandWidth : 0
        return (showBrand, Rect(x: x, y: 0, width: max(0, width - x - clockWidth), height: 1))
    }

    static func clock(_ state: AppState) -> String { " " + state.config.calendar.timeLabel(state.now) + " " }

    /// The pane whose tab is at column `x` of the top row.
    static func pane(atColumn x: Int, _ state: AppState) -> PaneID? {
        var scratch = Grid(width: state.width, height: 1)
        let rects = drawTabs(into: &scratch, state, theme: .fallback)
        return Tabs.hit(x: x, y: 0, in: rects).flatMap { PaneID(rawValue: $0 + 1) }
    }

    @discardableResult
    private static func drawTabs(into g: inout Grid, _ state: AppState, theme: Theme) -> [Rect] {
        let (_, rect) = layout(width: g.width, language: state.config.language,
                               clockWidth: TextWidth.columns(clock(state)))
        return Tabs.draw(into: &g, rect: rect, titles: PaneID.allCases.map { Strings(state.config.language).paneTitle($0) },
                         active: state.pane.rawValue - 1, theme: theme, glyphs: state.config.glyphs)
    }

    static func draw(into g: inout Grid, _ c: RenderContext) {
        let bar = c.style(.statusBar)
        g.fill(x: 0, y: 0, width: g.width, height: 1, with: Cell(" ", style: bar))
        let clockText = clock(c.state)
        let (showBrand, _) = layout(width: g.width, language: c.language, clockWidth: TextWidth.columns(clockText))
        if showBrand { g.put(brand, x: 0, y: 0, style: c.style(.title), maxX: g.width) }
        drawTabs(into: &g, c.state, theme: c.theme)
        let clockX = g.width - TextWidth.columns(clockText)
        if clockX >= 0 { g.put(clockText, x: clockX, y: 0, style: bar) }
    }
}
