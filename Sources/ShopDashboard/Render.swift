import ShopModel

/// Draws the whole screen for the state's size. Pure: the same state gives the same grid.
public func render(_ state: AppState, theme: Theme) -> Grid {
    var grid = Grid(width: state.width, height: state.height)
    grid.put("shopdash", x: 0, y: 0, style: theme.style(.title))
    return grid
}
