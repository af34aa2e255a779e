import ShopModel

/// The dashboard's only way to change: pure, so every behaviour is a unit test away.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return handleKey(&state, key)
    case .resize(let width, let height):
        state.width = max(0, width); state.height = max(0, height)
        return [.redrawAll]
    case .tick(let now):
        state.now = now
        if let message = state.message, message.until <= now { state.message = nil }
        return []
    case .data(let data):
        state.data = state.data.merged(with: data)
        clampCursors(&state)
        return noteRefunds(&state, fromData: data)
    case .feed(let rows, let cursor):
        return receiveFeed(&state, rows, cursor: cursor)
    case .searchResults(let query, let results):
        guard query == state.orders.query else { return [] }  // an answer to an older question
        return OrdersPane.receive(results, &state)
    case .orderDetail(let detail):
        guard let detail else {
            if let openOrder = state.orders.openOrder { say(&state, .orderNotFound, isError: true, openOrder) }
            state.orders.openOrder = nil
            if state.orders.focus == .detail { state.orders.focus = state.orders.results.isEmpty ? .search : .results }
            return []
        }
        guard state.orders.openOrder == nil || state.orders.openOrder == detail.order.outTradeNo else { return [] }
        state.orders.openOrder = detail.order.outTradeNo
        state.orders.detail = detail
        return []
    case .couponResult(.success(let text)):
        state.message = StatusMessage(text: text, isError: false, until: state.now + AppState.messageSeconds)
        return [.load(state.dataRequest)]
    case .couponResult(.failure(let error)):
        state.message = StatusMessage(text: error.message, isError: true, until: state.now + AppState.messageSeconds)
        return []
    case .failed(let text):
        state.orders.searching = false
        state.message = StatusMessage(text: text, isError: true, until: state.now + AppState.messageSeconds)
        return []
    }
}

extension AppState {
    static let messageSeconds: Int64 = 8
}

/// Puts a localized line in the status bar.
func say(_ state: inout AppState, _ key: L10nKey, isError: Bool = false, _ args: String...) {
    let text = Strings(state.config.language).format(key, args)
    state.message = StatusMessage(text: text, isError: isError, until: state.now + AppState.messageSeconds)
}

/// Keeps every selection inside its (possibly shrunk) list after new data.
func clampCursors(_ state: inout AppState) {
    let coupons = CouponsPane.batches(state)
    if let id = state.couponSelection, let index = coupons.firstIndex(where: { $0.batch.batchId == id }) {
        state.couponCursor.selected = index
    }
    state.couponCursor.clamp(count: coupons.count)
    state.sessionCursor.clamp(count: state.data.liveSessions.count)
    state.cohortCursor.clamp(count: state.data.retention.count)
    state.overdueCursor.clamp(count: LogisticsPane.overdue(state).count)
    state.refundCursor.clamp(count: LogisticsPane.refunds(state).count)
}
