import ShopModel

/// Feed rows from the store: list new orders (or update one already listed in place), keep the
/// selection on the same order, count what arrives during a pause, and raise alerts.
func receiveFeed(_ state: inout AppState, _ incoming: [FeedRow], cursor: Int64? = nil) -> [Effect] {
    // The first batch is the history before the dashboard opened: it informs, it does not alarm.
    let isHistory = state.feedCursor == 0 && state.feed.rows.isEmpty
    if let cursor { state.feedCursor = max(state.feedCursor, cursor) }
    guard !incoming.isEmpty else { return [] }
    let shownBefore = state.feed.visibleRows(filter: state.filters[.feed] ?? "").count
    var raised: [AlertItem] = []

    // In the order they were placed, so that new orders are listed that way whatever changed
    // them since; each order comes at most once per read.
    for row in incoming.sorted(by: { $0.orderSeq < $1.orderSeq }) {
        state.feedCursor = max(state.feedCursor, row.seq)
        if let index = state.feed.rows.firstIndex(where: { $0.outTradeNo == row.outTradeNo }) {
            // A later state of an order already listed: update it where it is, and keep the seq
            // it was listed with, so a pause that showed it still shows it.
            let old = state.feed.rows[index]
            var updated = row
            updated.seq = old.seq
            state.feed.rows[index] = updated
            if old.status != row.status, isRefund(row.status), !isHistory {
                state.alerts.recentRefunds[row.outTradeNo] = state.now
            }
        } else {
            let isNew = isHistory || row.orderSeq > state.newestOrderSeq
            // A later state of an order placed before the newest listed one, which has left the
            // list or was never in it, is not news for the list; it may still raise an alert.
            if isNew {
                state.feed.rows.append(row)
                if state.feed.isPaused { state.feed.arrivedWhilePaused += 1 }
            }
            // A store catching up (an ingest of last month) sends old refunded orders; an order
            // not listed counts toward a burst only if it was placed within a day.
            if isRefund(row.status), !isHistory, row.createdAt >= state.now - AlertsState.refundLookback {
                state.alerts.recentRefunds[row.outTradeNo] = state.now
            }
        }
        state.newestOrderSeq = max(state.newestOrderSeq, row.orderSeq)
        if let alert = bigOrderAlert(row, state) {
            state.alerts.alertedOrders.insert(row.outTradeNo)
            raised.append(alert)
        }
    }

    let overflow = state.feed.rows.count - state.config.feedCapacity
    if overflow > 0 { state.feed.rows.removeFirst(overflow) }
    if state.alerts.alertedOrders.count > 4 * state.config.feedCapacity {
        let kept = Set(state.feed.rows.map(\.outTradeNo))
        state.alerts.alertedOrders.formIntersection(kept)
    }

    // Autoscroll: the newest row stays in view unless the operator moved down to read.
    let shownNow = state.feed.visibleRows(filter: state.filters[.feed] ?? "").count
    if state.feed.cursor.selected > 0 {
        let added = max(0, shownNow - shownBefore)
        state.feed.cursor.selected += added
        state.feed.cursor.scroll += added
    }
    state.feed.cursor.clamp(count: shownNow)

    if let burst = refundBurstAlert(&state) { raised.append(burst) }
    return announce(&state, raised)
}

/// Refunds the store reported with their request time count toward a burst too.
func noteRefunds(_ state: inout AppState, fromData data: DashboardData) -> [Effect] {
    var reported: [RefundRecord] = []
    if data.parts.contains(.recentRefunds) { reported += data.recentRefunds }
    if data.parts.contains(.logistics), let logistics = data.logistics { reported += logistics.refunds.map(\.refund) }
    guard !reported.isEmpty else { return [] }
    for refund in reported where refund.requestedAt >= state.now - AlertsState.burstWindow {
        let known = state.alerts.recentRefunds[refund.outTradeNo] ?? .min
        state.alerts.recentRefunds[refund.outTradeNo] = max(known, refund.requestedAt)
    }
    guard let burst = refundBurstAlert(&state) else { return [] }
    return announce(&state, [burst])
}

private func isRefund(_ status: OrderStatus) -> Bool { status == .refunding || status == .refunded }

private func isFresh(_ row: FeedRow, _ state: AppState) -> Bool {
    (row.paidAt ?? row.createdAt) >= state.now - AlertsState.freshness
}

private func bigOrderAlert(_ row: FeedRow, _ state: AppState) -> AlertItem? {
    guard row.status.wasPaid, row.amount >= state.config.bigOrder,
          !state.alerts.alertedOrders.contains(row.outTradeNo), isFresh(row, state) else { return nil }
    return AlertItem(kind: .bigOrder(outTradeNo: row.outTradeNo, amount: row.amount, nickname: row.nickname), at: state.now)
}

private func refundBurstAlert(_ state: inout AppState) -> AlertItem? {
    let since = state.now - AlertsState.burstWindow
    state.alerts.recentRefunds = state.alerts.recentRefunds.filter { $0.value >= since }
    let count = state.alerts.recentRefunds.count
    guard state.config.refundBurst > 0, count >= state.config.refundBurst else { return nil }
    if let last = state.alerts.lastBurstAt, state.now - last < AlertsState.burstWindow { return nil }
    state.alerts.lastBurstAt = state.now
    return AlertItem(kind: .refundBurst(count: count), at: state.now)
}

private func announce(_ state: inout AppState, _ raised: [AlertItem]) -> [Effect] {
    guard !raised.isEmpty else { return [] }
    for alert in raised { state.alerts.raise(alert) }
    switch state.config.alertMode {
    case .flash: return [.flash]
    case .bell: return [.bell]
    case .off: return []
    }
}
