import ShopModel

/// Pane 4: one search box, the matching orders, and everything about the chosen one.
enum OrdersPane: Pane {
    static let id = PaneID.orders
    static let word = "orders"
    static let dataParts: Set<DataPart> = [.recentRefunds]

    // MARK: Keys

    static var bindings: [Binding] {
        let inBox: @Sendable (AppState) -> Bool = { $0.orders.focus == .search }
        let inResults: @Sendable (AppState) -> Bool = { $0.orders.focus == .results }
        let inDetail: @Sendable (AppState) -> Bool = { $0.orders.focus == .detail }
        return [
            Binding([.enter], "enter", hint: .keyWordSearch, when: inBox) { state, _ in
                submit(state.orders.input.text, &state)
            },
            Binding([.escape], "esc", hint: .back, when: inBox) { state, _ in
                leaveBox(&state)
                return []
            },
            // "/" is how people reach the box from any pane; it is not part of an order number.
            Binding([.char("/")], "/", when: { inBox($0) && $0.orders.input.text.isEmpty }) { _, _ in [] },
            Binding([.down], "↓", when: inBox) { state, _ in
                if !state.orders.results.isEmpty { state.orders.focus = .results }
                return []
            },
            Binding([.tab, .backTab], "Tab", when: inBox) { state, key in
                goToPane(&state, key == .tab ? state.pane.next : state.pane.previous)
            },
            Binding([.enter], "enter", help: "Enter", hint: .open, helpText: .helpOpenOrder, when: inResults) { state, _ in
                let results = state.orders.results
                guard state.orders.cursor.selected < results.count else { return [] }
                return open(results[state.orders.cursor.selected].outTradeNo, &state)
            },
            .reminder("/", hint: .keyWordSearch, when: inResults),
            Binding([.char("s")], "s", help: "/ s", helpText: .helpSearch, when: { !inBox($0) }) { state, _ in
                focusSearch(&state)
                return []
            },
            Binding(movementKeys, "j/k", hint: .move, when: inResults) { state, key in
                let count = state.orders.results.count
                guard let moved = moveCursor(state.orders.cursor, key: key, count: count, visible: resultRows(state)),
                      moved != state.orders.cursor else { return [] }
                state.orders.cursor = moved
                return preview(&state)
            },
            // Only an operator may see a full phone number or address, and the store audits it.
            Binding([.char("v")], "v", hint: .reveal, helpText: .helpReveal, roles: Binding.operatorOnly,
                    when: inDetail) { state, _ in
                guard let no = state.orders.openOrder else { return [] }
                say(&state, .revealing)
                return [.openOrder(no, reveal: true)]
            },
            .reminder("esc", help: "Esc", hint: .back, helpText: .back, when: inDetail),
            Binding(movementKeys, "j/k", hint: .scroll, when: inDetail) { state, key in
                let lines = state.orders.detail.map { detailLineCount($0, state) } ?? 0
                let visible = detailRows(state)
                let cursor = ListCursor(selected: state.orders.detailScroll, scroll: state.orders.detailScroll)
                if let moved = moveCursor(cursor, key: key, count: max(1, lines - visible + 1), visible: 1) {
                    state.orders.detailScroll = moved.selected
                }
                return []
            },
        ]
    }

    /// While the box has the keys, anything that is not one of its bindings is typed.
    static func typeInSearch(_ state: inout AppState, _ key: Key) -> [Effect] {
        if let effects = Panes.dispatch(&state, key) { return effects }
        _ = state.orders.input.apply(key)
        return []
    }

    /// Esc in the box steps back one thing at a time.
    private static func leaveBox(_ state: inout AppState) {
        if !state.orders.results.isEmpty { state.orders.focus = .results }
        else if state.orders.openOrder != nil { state.orders.focus = .detail }
        else if !state.orders.input.text.isEmpty { state.orders.input.clear() }
        // Nothing left to step back from in the box: leave it, so number keys switch panes again.
        else { state.orders.focus = .results }
    }

    /// Esc on this pane: from the order back to the results, from the results to the search box.
    static func back(_ state: inout AppState) -> Bool {
        switch state.orders.focus {
        case .detail:
            state.orders.focus = state.orders.results.isEmpty ? .search : .results
            return true
        case .results, .search:
            return false
        }
    }

    /// Into the box with the last question selected, so typing asks a new one instead of adding to it.
    static func focusSearch(_ state: inout AppState) {
        state.orders.focus = .search
        state.orders.input.selectAll()
    }

    /// New results: a detail that answers none of them is from an older question and goes.
    static func receive(_ matches: OrderMatches, _ state: inout AppState) -> [Effect] {
        let results = matches.orders
        state.orders.searching = false
        state.orders.results = results
        state.orders.matched = matches.total
        state.orders.matchedMore = matches.moreThanTotal
        state.orders.cursor = ListCursor()
        if let open = state.orders.openOrder, !results.contains(where: { $0.outTradeNo == open }) {
            state.orders.openOrder = nil
            state.orders.detail = nil
            state.orders.detailScroll = 0
            if state.orders.focus == .detail { state.orders.focus = .results }
        }
        return preview(&state)
    }

    /// On a wide screen the detail beside the list follows the selected result, so the right
    /// half shows an order instead of asking for one.
    static func preview(_ state: inout AppState) -> [Effect] {
        guard isWide(state), state.orders.focus == .results else { return [] }
        let results = state.orders.results
        guard state.orders.cursor.selected < results.count else { return [] }
        let no = results[state.orders.cursor.selected].outTradeNo
        guard state.orders.openOrder != no else { return [] }
        if state.orders.detail?.order.outTradeNo != no { state.orders.detail = nil }
        state.orders.openOrder = no
        state.orders.detailScroll = 0
        return [.openOrder(no, reveal: false)]
    }

    static func submit(_ text: String, _ state: inout AppState) -> [Effect] {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        state.orders.input = LineEdit(query, maxLength: state.orders.input.maxLength)
        state.orders.query = query
        state.orders.searching = true
        // The box lets go of the keys once asked, so the app's keys work while the answer comes.
        state.orders.focus = .results
        return [.search(query)]
    }

    /// Opens an order from anywhere (the feed, logistics, the palette); Esc returns to where it was opened.
    static func open(_ no: String, _ state: inout AppState) -> [Effect] {
        if state.pane != .orders { remember(state.pane, &state) }
        var effects = switchPane(&state, to: .orders)
        if state.orders.detail?.order.outTradeNo != no { state.orders.detail = nil }
        state.orders.openOrder = no
        state.orders.focus = .detail
        state.orders.detailScroll = 0
        effects.append(.openOrder(no, reveal: false))
        return effects
    }

    // MARK: Layout

    static func isWide(_ state: AppState) -> Bool { state.width >= 120 && state.height >= 36 }

    /// (search box, results, detail); narrow screens show results or detail, not both.
    static func layout(_ body: Rect, wide: Bool) -> (Rect, Rect, Rect) {
        let (search, rest) = body.splitRows(3)
        guard wide else { return (search, rest, rest) }
        // The list keeps room for whole amounts and a name beside the detail.
        let (results, detail) = rest.splitColumns(max(rest.width * 9 / 20, min(64, rest.width - 56)))
        return (search, results, detail)
    }

    static func body(_ state: AppState) -> Rect { Rect(x: 0, y: 1, width: state.width, height: state.height - 2) }
    static func resultRows(_ state: AppState) -> Int { max(1, layout(body(state), wide: isWide(state)).1.height - 3) }
    static func detailRows(_ state: AppState) -> Int { max(1, layout(body(state), wide: isWide(state)).2.height - 2) }

    // MARK: Drawing

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let o = c.state.orders
        let wide = isWide(c.state)
        let (searchRect, resultsRect, detailRect) = layout(body, wide: wide)
        drawSearch(into: &g, searchRect, c)
        if wide {
            drawResults(into: &g, resultsRect, c)
            drawDetail(into: &g, detailRect, c)
        } else if o.focus == .detail, o.openOrder != nil {
            drawDetail(into: &g, detailRect, c)
        } else {
            drawResults(into: &g, resultsRect, c)
        }
    }

    private static func drawSearch(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let o = c.state.orders
        let focused = o.focus == .search
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.search), theme: c.theme, glyphs: c.glyphs, focused: focused)
        var x = g.put(c.glyphs.isUnicode ? "⌕ " : "> ", x: inner.x, y: inner.y, style: c.style(.accent), maxX: inner.maxX)
        let fieldWidth = min(40, inner.width / 2)
        let text = c.clean(o.input.text)
        var fieldStyle = c.style(focused ? .selection : .text)
        fieldStyle.underline = !focused
        let fieldEnd = min(inner.maxX, x + fieldWidth)
        if focused && o.input.isSelected {
            // The old question, highlighted: the next key replaces it.
            var picked = c.style(.accent)
            picked.reverse = true
            g.put(String(repeating: " ", count: fieldWidth), x: x, y: inner.y, style: fieldStyle, maxX: fieldEnd)
            g.put(text, x: x, y: inner.y, style: picked, maxX: fieldEnd)
            x = fieldEnd
        } else {
            let shown = focused ? text + c.cursorMark : text
            let padded = shown + String(repeating: " ", count: max(0, fieldWidth - TextWidth.columns(shown)))
            x = g.put(padded, x: x, y: inner.y, style: fieldStyle, maxX: fieldEnd)
        }
        let hint: String
        if o.searching { hint = c.t(.searching) }
        else if let q = o.query, !o.searching { hint = resultsHint(o, query: c.clean(q), c) }
        else { hint = c.t(.searchPrompt) }
        g.put(c.fit(hint, max(0, inner.maxX - x - 2)), x: x + 2, y: inner.y, style: c.style(.muted), maxX: inner.maxX)
    }

    /// "3 results for ..." when the list holds every match, "200 of 1,072 results" when it is capped.
    static func resultsHint(_ o: OrdersState, query: String, _ c: RenderContext) -> String {
        guard o.matchedMore || o.matched > o.results.count else {
            return c.t(.resultsFor, Format.count(o.results.count), query)
        }
        return c.t(.resultsOfFor, Format.count(o.results.count), Format.count(o.matched) + (o.matchedMore ? "+" : ""), query)
    }

    private static func drawResults(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let o = c.state.orders
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.results), theme: c.theme, glyphs: c.glyphs,
                             focused: o.focus == .results)
        guard !o.results.isEmpty else {
            let text = o.query == nil ? c.t(.searchHowTo) : (o.searching ? c.t(.searching) : c.t(.noResults))
            g.line(text, in: inner, row: 0, style: c.style(.muted))
            return
        }
        let shape = ResultColumns(o.results, width: inner.width, visibleRows: inner.height - 1, c)
        let columns = shape.columns(c)
        let rows = o.results.map { shape.row($0, c) }
        let selected = o.focus == .search ? nil : Optional(o.cursor.selected)
        Table.draw(into: &g, rect: inner, columns: columns, rows: rows, selected: selected,
                   scroll: o.cursor.firstRow(visible: inner.height - 1, count: rows.count), theme: c.theme, glyphs: c.glyphs,
                   rowRoles: o.results.map { $0.status == .refunded || $0.status == .refunding ? .bad : nil })
    }

    private static func drawDetail(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let o = c.state.orders
        let title = c.t(.orderDetail) + (o.openOrder.map { " " + c.clean($0) } ?? "")
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: c.theme, glyphs: c.glyphs, focused: o.focus == .detail)
        guard let detail = o.detail else {
            g.line(o.openOrder == nil ? c.t(.pickAnOrder) : c.t(.loading), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let lines = OrderDetailLines.build(detail, c, width: inner.width - 2)
        let first = min(o.detailScroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            let area = Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1)
            g.line(line.text, in: area, row: 0, style: c.style(line.role), right: line.right, rightStyle: c.style(line.rightRole))
        }
        if first + inner.height < lines.count {
            g.put(c.glyphs.down, x: inner.maxX - 1, y: inner.maxY - 1, style: c.style(.muted))
        }
        if first > 0 { g.put(c.glyphs.up, x: inner.maxX - 1, y: inner.y, style: c.style(.muted)) }
    }

    static func detailLineCount(_ detail: OrderDetail, _ state: AppState) -> Int {
        let c = RenderContext(state: state, theme: .fallback)
        let width = layout(body(state), wide: isWide(state)).2.width - 4
        return OrderDetailLines.build(detail, c, width: width).count
    }
}
