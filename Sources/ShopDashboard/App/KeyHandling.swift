import ShopModel

/// Keys go to the topmost thing first: a dialog or overlay, then a text field, then the app, then the pane.
func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if key == .ctrl("c") { return [.quit] }
    if key == .ctrl("z") { return [.suspend] }
    if key == .resize { return [.redrawAll] }
    if state.isTooSmall { return key == .char("q") ? [.quit] : [] }
    if let modal = state.modal { return handleModalKey(&state, modal, key) }
    if state.filterInput != nil { return handleFilterKey(&state, key) }
    if state.pane == .orders && state.orders.focus == .search { return OrdersPane.typeInSearch(&state, key) }
    if let effects = handleGlobalKey(&state, key) { return effects }
    return handlePaneKey(&state, key)
}

/// Keys that mean the same on every pane; nil when the key is the pane's to handle.
private func handleGlobalKey(_ state: inout AppState, _ key: Key) -> [Effect]? {
    switch key {
    case .char("q"): return [.quit]
    case .char("?"), .function(1):
        state.modal = .help
        return []
    case .char(":"):
        state.modal = .palette(LineEdit("", maxLength: 48))
        return []
    case .char("/"):
        if state.pane == .orders {
            OrdersPane.focusSearch(&state)
        } else {
            state.filterInput = LineEdit(state.filter, maxLength: 32)
        }
        return []
    case .char(let ch) where ch.isASCII && ch.isNumber:
        guard let n = ch.wholeNumberValue, let pane = PaneID(rawValue: n) else { return [] }
        return goToPane(&state, pane)
    case .tab: return goToPane(&state, state.pane.next)
    case .backTab: return goToPane(&state, state.pane.previous)
    case .mouseClick(let x, 0):
        guard let pane = TabBar.pane(atColumn: x, state) else { return [] }
        return goToPane(&state, pane)
    case .char("r"), .function(5):
        return [.load(state.dataRequest)]
    case .char("a"):
        state.alerts.unseen = 0
        return []
    case .char("P"):
        state.isPrivate.toggle()
        return []
    case .escape:
        if let effects = goBack(&state) { return effects }
        if state.pane == .orders, OrdersPane.back(&state) { return [] }
        if !state.filter.isEmpty { state.filters[state.pane] = nil; clampAfterFilter(&state); return [] }
        return []
    default:
        return nil
    }
}

private func handlePaneKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    Panes.dispatch(&state, key) ?? []
}

private func handleFilterKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var input = state.filterInput else { return [] }
    switch key {
    case .escape:
        state.filterInput = nil
        state.filters[state.pane] = nil
    case .enter:
        state.filterInput = nil
        state.filters[state.pane] = input.text.isEmpty ? nil : input.text
    default:
        if input.apply(key) {
            state.filterInput = input
            // The list narrows while typing, so the operator sees the effect of every key.
            state.filters[state.pane] = input.text.isEmpty ? nil : input.text
        }
    }
    clampAfterFilter(&state)
    return []
}

/// A narrower list starts from its top.
func clampAfterFilter(_ state: inout AppState) {
    switch state.pane {
    case .feed: state.feed.cursor = ListCursor()
    case .coupons: state.couponCursor = ListCursor(); state.couponSelection = nil
    case .logistics: state.overdueCursor = ListCursor(); state.refundCursor = ListCursor()
    case .sales: state.sessionCursor = ListCursor()
    default: break
    }
}

func switchPane(_ state: inout AppState, to pane: PaneID) -> [Effect] {
    guard pane != state.pane else { return [] }
    // Leaving the box behind: coming back finds the list, so pane keys keep switching panes.
    if state.pane == .orders, state.orders.focus == .search { state.orders.focus = .results }
    let range = state.chartRange
    state.pane = pane
    state.filterInput = nil
    // Another range's series would be drawn under this pane's title until the load arrives.
    if state.chartRange != range { state.data.sales = nil }
    return [.load(state.dataRequest)]
}

/// A pane chosen directly (its key, Tab, a click) starts a new path, so Esc has nowhere to return.
func goToPane(_ state: inout AppState, _ pane: PaneID) -> [Effect] {
    state.history.removeAll()
    return switchPane(&state, to: pane)
}

/// Notes the pane a link is followed from, so Esc can return to it.
func remember(_ pane: PaneID, _ state: inout AppState) {
    state.history.append(pane)
    if state.history.count > AppState.historyLimit { state.history.removeFirst(state.history.count - AppState.historyLimit) }
}

/// Esc after following a link (an order opened from the feed): back to the pane the user came
/// from, whose selection waited in the state. nil when there is nowhere to return to.
func goBack(_ state: inout AppState) -> [Effect]? {
    guard let pane = state.history.popLast() else { return nil }
    return switchPane(&state, to: pane)
}

/// The keys `moveCursor` understands.
let movementKeys: [Key] = [.down, .char("j"), .wheelDown, .up, .char("k"), .wheelUp, .pageDown, .ctrl("f"), .ctrl("d"),
                           .pageUp, .ctrl("b"), .ctrl("u"), .home, .char("g"), .end, .char("G")]

/// The movement keys every list understands; returns the new cursor, or nil if the key is not one.
func moveCursor(_ cursor: ListCursor, key: Key, count: Int, visible: Int) -> ListCursor? {
    var c = cursor
    let page = max(1, visible - 1)
    switch key {
    case .down, .char("j"), .wheelDown: c.move(1, count: count)
    case .up, .char("k"), .wheelUp: c.move(-1, count: count)
    case .pageDown, .ctrl("f"), .ctrl("d"): c.move(page, count: count)
    case .pageUp, .ctrl("b"), .ctrl("u"): c.move(-page, count: count)
    case .home, .char("g"): c.move(-c.selected, count: count)
    case .end, .char("G"): c.move(count, count: count)
    default: return nil
    }
    c.reveal(visible: visible, count: count)
    return c
}
