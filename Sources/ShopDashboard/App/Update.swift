import ShopModel

/// The dashboard's only way to change: pure, so every behaviour is a unit test away.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return handleKey(&state, key)
    case .resize(let width, let height):
        state.width = width; state.height = height
        return [.redrawAll]
    case .tick(let now):
        state.now = now
        if let message = state.message, message.until <= now { state.message = nil }
        return []
    case .data(let data):
        state.data = state.data.merged(with: data)
        return []
    case .feed, .searchResults, .orderDetail, .couponResult, .failed:
        return []
    }
}

func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .ctrl("c"), .char("q"): return [.quit]
    case .char(let ch) where ch.isNumber:
        if let n = ch.wholeNumberValue, let pane = PaneID(rawValue: n) { return switchPane(&state, to: pane) }
        return []
    case .tab: return switchPane(&state, to: state.pane.next)
    case .backTab: return switchPane(&state, to: state.pane.previous)
    default: return []
    }
}

func switchPane(_ state: inout AppState, to pane: PaneID) -> [Effect] {
    guard pane != state.pane else { return [] }
    state.pane = pane
    return [.load(state.dataRequest)]
}
