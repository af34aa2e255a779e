import ShopModel

/// Draws the whole screen for the state's size. Pure: the same state gives the same grid.
public func render(_ state: AppState, theme: Theme) -> Grid {
    var grid = Grid(width: state.width, height: state.height, fill: Cell(" ", style: theme.style(.text)))
    let c = RenderContext(state: state, theme: theme)
    if state.isTooSmall {
        TooSmallScreen.draw(into: &grid, c)
        return grid
    }
    TabBar.draw(into: &grid, c)
    let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
    Panes.of(state.pane).draw(into: &grid, body, c)
    StatusBar.draw(into: &grid, c)
    switch state.modal {
    case .none: break
    case .help:
        Overlay.list(into: &grid, title: c.t(.helpTitle), lines: HelpContent.lines(c), theme: theme, glyphs: c.glyphs)
    case .palette(let input):
        CommandPalette.draw(into: &grid, input: input, c)
    case .form(let form):
        CouponsPane.drawForm(into: &grid, form, c)
    case .confirm(let pending):
        Dialog.confirm(into: &grid, title: c.t(.confirmTitle), message: CouponsPane.describe(pending, c),
                       hint: c.t(.confirmHint), theme: theme, glyphs: c.glyphs)
    }
    return grid
}
