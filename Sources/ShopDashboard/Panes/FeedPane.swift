import ShopModel

/// Pane 3: orders as they arrive, newest on top; space freezes the list while reading.
enum FeedPane: Pane {
    static let id = PaneID.feed
    static let word = "feed"
    static let dataParts: Set<DataPart> = [.recentRefunds]

    static var bindings: [Binding] {
        [Binding([.char(" ")], "space", hint: .resume, when: { $0.feed.isPaused }, action: togglePause),
         Binding([.char(" ")], "space", hint: .pause, helpText: .helpPause, when: { !$0.feed.isPaused }, action: togglePause),
         Binding([.enter], "enter", help: "Enter", hint: .open, helpText: .helpOpenOrder) { state, _ in
             let rows = state.feed.visibleRows(filter: state.filter)
             guard state.feed.cursor.selected < rows.count else { return [] }
             return OrdersPane.open(rows[state.feed.cursor.selected].outTradeNo, &state)
         },
         .reminder("/", hint: .keyWordFilter, helpText: .helpFeedFilter),
         Binding(movementKeys, "j/k", hint: .move) { state, key in
             let count = state.feed.visibleRows(filter: state.filter).count
             if let moved = moveCursor(state.feed.cursor, key: key, count: count, visible: visibleRows(state)) {
                 state.feed.cursor = moved
             }
             return []
         }]
    }

    /// Space: freeze the list while reading, or let what arrived meanwhile slide in on top.
    @Sendable static func togglePause(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard state.feed.isPaused else {
            state.feed.pause()
            return []
        }
        // The selection stays on its order.
        let before = state.feed.visibleRows(filter: state.filter).count
        state.feed.pausedAt = nil
        state.feed.arrivedWhilePaused = 0
        if state.feed.cursor.selected > 0 {
            let added = state.feed.visibleRows(filter: state.filter).count - before
            state.feed.cursor.selected += max(0, added)
            state.feed.cursor.reveal(visible: visibleRows(state), count: before + max(0, added))
        }
        return []
    }

    /// Table rows on screen: the body less the box and the header.
    static func visibleRows(_ state: AppState) -> Int { max(1, state.height - 2 - 2 - 1) }

    static func rowRole(_ row: FeedRow, _ c: RenderContext) -> ThemeRole? {
        switch row.status {
        case .refunding, .refunded: return .bad
        case .created, .closed: return .muted
        default: return row.amount >= c.state.config.bigOrder ? .warn : nil
        }
    }

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let feed = c.state.feed
        let rows = feed.visibleRows(filter: c.state.filter)
        var title = c.t(.paneFeed) + "  "
        if feed.isPaused {
            title += (c.glyphs.isUnicode ? "❚❚ " : "|| ") + c.t(.pausedNew, String(feed.arrivedWhilePaused))
        } else {
            title += c.glyphs.bullet + " " + c.t(.live) + c.glyphs.separator + c.t(.autoscroll)
        }
        if !c.state.filter.isEmpty { title += c.glyphs.separator + c.t(.filterActive, c.clean(c.state.filter)) }
        let inner = Box.draw(into: &g, rect: body, title: title, theme: c.theme, glyphs: c.glyphs, focused: feed.isPaused)
        if feed.isPaused {
            // The counter also sits on the frame's right, where the eye goes when the list stops moving.
            let note = " " + c.t(.pausedNew, String(feed.arrivedWhilePaused)) + " "
            let x = body.maxX - 2 - TextWidth.columns(note)
            if x > body.x + TextWidth.columns(title) + 6 { g.put(note, x: x, y: body.y, style: c.style(.warn)) }
        }
        guard !rows.isEmpty else {
            g.line(c.state.filter.isEmpty ? c.t(.feedEmpty) : c.t(.noMatches), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let wide = inner.width >= 120
        let columns = [
            TableColumn(title: c.t(.time), width: wide ? 8 : 5),
            TableColumn(title: c.t(.orderNo), width: wide ? 22 : 10),
            TableColumn(title: c.t(.nickname), width: wide ? 16 : 8, grows: true),
            TableColumn(title: c.t(.items), width: 0),
            TableColumn(title: c.t(.amount), width: wide ? 12 : 9, align: .right),
            TableColumn(title: wide ? c.t(.channel) : c.t(.colVia), width: wide ? 12 : 6),
            TableColumn(title: c.t(.coupon), width: wide ? 18 : 7),
            TableColumn(title: c.t(.status), width: wide ? 10 : 9),
        ]
        // Only the rows on screen are formatted: the list holds hundreds, the screen a few dozen.
        Table.draw(into: &g, rect: inner, columns: columns, count: rows.count, selected: feed.cursor.selected,
                   scroll: feed.cursor.firstRow(visible: inner.height - 1, count: rows.count),
                   theme: c.theme, glyphs: c.glyphs,
                   row: { i in
                       let row = rows[i]
                       let t = row.paidAt ?? row.createdAt
                       return [c.calendar.timeLabel(t, seconds: wide), wide ? row.outTradeNo : tail(row.outTradeNo, 10, c),
                               c.nickname(row.nickname), row.itemsSummary, c.money(row.amount),
                               wide ? c.channel(row.channel) : c.strings.channel(row.channel, short: true),
                               row.coupon ?? "", c.status(row.status)]
                   },
                   rowRole: { rowRole(rows[$0], c) })
    }

    /// Order numbers differ at their end: a narrow column keeps the tail.
    static func tail(_ s: String, _ n: Int, _ c: RenderContext) -> String {
        let clean = c.clean(s)
        guard clean.count > n else { return clean }
        return c.glyphs.ellipsis + String(clean.suffix(n - 1))
    }
}
