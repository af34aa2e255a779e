import ShopModel

/// Pane 1: today at a glance — the headline cards, the sales chart, the newest orders, coupons, alerts.
enum OverviewPane: Pane {
    static let id = PaneID.overview
    static let word = "overview"
    static let dataParts: Set<DataPart> = [.kpis, .sales, .coupons, .recentRefunds]

    static var bindings: [Binding] {
        [.note(.helpOverview),
         .reminder("a", hint: .acknowledge, when: { $0.alerts.unseen > 0 }),
         .reminder("1-7", hint: .panes),
         // j/k pick one of the newest orders, Enter opens it.
         Binding(movementKeys + [.enter], "j/k enter", help: "j k Enter", hint: .open, helpText: .helpOpenOrder) { state, key in
             let rows = newest(state)
             if key == .enter {
                 guard state.newestCursor.selected < rows.count else { return [] }
                 return OrdersPane.open(rows[state.newestCursor.selected].outTradeNo, &state)
             }
             if let moved = moveCursor(state.newestCursor, key: key, count: rows.count, visible: newestRows(state)) {
                 state.newestCursor = moved
             }
             return []
         },
         .reminder(":", hint: .commands)]
    }

    /// Newest by when they were paid: the feed's arrival order also carries later status changes.
    static func newest(_ state: AppState) -> [FeedRow] {
        let needle = state.filters[.overview]?.lowercased() ?? ""
        return state.feed.rows
            .filter { needle.isEmpty || FeedState.matches($0, needle) }
            .sorted { ($0.paidAt ?? $0.createdAt, $0.orderSeq) > ($1.paidAt ?? $1.createdAt, $1.orderSeq) }
    }

    /// Rows the newest-orders table shows: the same split as `draw`, less borders and header.
    static func newestRows(_ state: AppState) -> Int {
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        let wide = state.width >= 120 && state.height >= 36
        let cardRows = state.width >= 160 ? 1 : 2
        let rest = body.splitRows(cardRows * (wide ? 5 : 4)).1
        let height = wide ? rest.height * 3 / 5 : rest.height / 2
        return max(1, height - 3)
    }

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let cards = KPICard.cards(c)
        let perRow = body.width >= 160 ? 8 : 4
        let cardHeight = c.isWide ? 5 : 4
        let rows = (cards.count + perRow - 1) / perRow
        let (cardArea, rest) = body.splitRows(rows * cardHeight)
        for (i, card) in cards.enumerated() {
            let col = i % perRow, row = i / perRow
            let x0 = cardArea.x + cardArea.width * col / perRow
            let x1 = cardArea.x + cardArea.width * (col + 1) / perRow
            card.draw(into: &g, Rect(x: x0, y: cardArea.y + row * cardHeight, width: x1 - x0, height: cardHeight), c)
        }

        if c.isWide {
            let (left, right) = rest.splitColumns(rest.width * 5 / 8)
            let (chart, coupons) = left.splitRows(left.height * 3 / 5)
            let (orders, alerts) = right.splitRows(right.height * 3 / 5)
            SalesChartPanel.draw(into: &g, chart, c, compact: false)
            drawCoupons(into: &g, coupons, c)
            drawNewest(into: &g, orders, c)
            drawAlerts(into: &g, alerts, c)
        } else {
            let (chart, side) = rest.splitColumns(rest.width * 9 / 16)
            let (orders, lower) = side.splitRows(side.height / 2)
            let (coupons, alerts) = lower.splitRows(lower.height - 3)
            SalesChartPanel.draw(into: &g, chart, c, compact: true)
            drawNewest(into: &g, orders, c)
            drawCoupons(into: &g, coupons, c)
            drawAlerts(into: &g, alerts, c)
        }
    }

    private static func drawNewest(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let rows = newest(c.state)
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.newestOrders), theme: c.theme, glyphs: c.glyphs)
        guard !rows.isEmpty else {
            g.line(c.t(.noOrdersYet), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let wide = inner.width >= 50
        var columns = [TableColumn(title: c.t(.time), width: 5, align: .left),
                       TableColumn(title: c.t(.nickname), width: wide ? 10 : 0, align: .left, grows: true)]
        if wide {
            columns.append(TableColumn(title: c.t(.items), width: 0, align: .left))
            columns.append(TableColumn(title: c.t(.colVia), width: 6, align: .left))
        }
        columns.append(TableColumn(title: c.t(.amount), width: 10, align: .right))
        columns.append(TableColumn(title: c.t(.status), width: wide ? 9 : 6, align: .left))
        let cursor = c.state.newestCursor
        // The selection shows once the operator moves it; until then the list just streams.
        // Only the rows on screen are formatted.
        Table.draw(into: &g, rect: inner, columns: columns, count: rows.count,
                   selected: cursor == ListCursor() ? nil : cursor.selected,
                   scroll: cursor.firstRow(visible: inner.height - 1, count: rows.count),
                   theme: c.theme, glyphs: c.glyphs,
                   row: { i in
                       let row = rows[i]
                       var line = [c.clock(row.paidAt ?? row.createdAt), c.nickname(row.nickname)]
                       if wide { line += [row.itemsSummary, c.strings.channel(row.channel, short: true)] }
                       line.append(c.money(row.amount))
                       line.append(c.status(row.status))
                       return line
                   },
                   rowRole: { FeedPane.rowRole(rows[$0], c) })
    }

    private static func drawCoupons(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let batches = c.state.data.coupons
        let running = batches.filter { $0.effectiveStatus(now: c.state.now) == .running }
        let title = c.t(.couponsGlance, String(running.count), String(batches.count))
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: c.theme, glyphs: c.glyphs)
        guard !batches.isEmpty else {
            g.line(c.t(.noCoupons), in: inner, row: 0, style: c.style(.muted))
            return
        }
        // What can still move today comes first: running, then paused batches, each by GMV.
        func liveness(_ stats: CouponBatchStats) -> Int {
            switch stats.effectiveStatus(now: c.state.now) {
            case .running: 2
            case .paused: 1
            case .stopped, .expired: 0
            }
        }
        let top = batches.sorted {
            (liveness($0), $0.gmv, $0.batch.batchId) > (liveness($1), $1.gmv, $1.batch.batchId)
        }
        if inner.height >= 4 {
            CouponsPane.drawTable(into: &g, inner, rows: top, cursor: nil, c)
            return
        }
        for (i, stats) in top.prefix(inner.height).enumerated() {
            let rate = Format.percent(stats.redemptionRate)
            let right = "\(rate) \(c.moneyShort(stats.gmv))"
            g.line(c.clean(stats.batch.name), in: inner, row: i, style: c.style(.text), right: right,
                   rightStyle: c.style(.muted))
        }
    }

    private static func drawAlerts(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let alerts = c.state.alerts.items
        let title = c.state.alerts.unseen > 0 ? c.t(.alertsTitleUnseen, String(c.state.alerts.unseen)) : c.t(.alertsTitle)
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: c.theme, glyphs: c.glyphs,
                             focused: c.state.alerts.unseen > 0)
        guard !alerts.isEmpty else {
            g.line(c.t(.noAlerts), in: inner, row: 0, style: c.style(.good))
            return
        }
        for (i, alert) in alerts.prefix(inner.height).enumerated() {
            let role: ThemeRole = i < c.state.alerts.unseen ? .alert : .warn
            g.line(c.clock(alert.at) + " " + AlertText.describe(alert, c), in: inner, row: i, style: c.style(role))
        }
    }
}

/// How alerts read, on the overview and in the status bar.
enum AlertText {
    static func describe(_ alert: AlertItem, _ c: RenderContext) -> String {
        switch alert.kind {
        case .bigOrder(let no, let amount, let nickname):
            return c.t(.alertBigOrder, c.money(amount), c.nickname(nickname), FeedPane.tail(no, 10, c))
        case .refundBurst(let count):
            return c.t(.alertRefundBurst, String(count), String(AlertsState.burstWindow / 60))
        }
    }
}
