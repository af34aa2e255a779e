import ShopModel

/// Pane 2: the big sales chart with its metric and range, sales by channel, and live sessions.
enum SalesPane: Pane {
    static let id = PaneID.sales
    static let word = "sales"
    static let dataParts: Set<DataPart> = [.sales, .channels, .liveSessions, .recentRefunds]

    static var bindings: [Binding] {
        [Binding([.char("m"), .char("M")], "m", help: "m M", hint: .keyWordMetric, helpText: .helpMetric) { state, key in
             state.salesMetric = cycle(state.salesMetric, by: key == .char("m") ? 1 : -1)
             return []
         },
         Binding([.char("]"), .char("t"), .right, .char("l"), .char("["), .char("T"), .left, .char("h")], "[ ]",
                 help: "[ ] t", hint: .keyWordRange, helpText: .helpRange) { state, key in
             let forward = [.char("]"), .char("t"), .right, .char("l")].contains(key)
             state.salesRange = cycle(state.salesRange, by: forward ? 1 : -1)
             return [.load(state.dataRequest)]
         },
         Binding(movementKeys, "j/k", help: "j k", hint: .keyWordSession, helpText: .helpSession) { state, key in
             let count = sessions(state).count
             if let moved = moveCursor(state.sessionCursor, key: key, count: count, visible: sessionRows(state)) {
                 state.sessionCursor = moved
             }
             return []
         },
         .reminder("/", hint: .keyWordFilter)]
    }

    static func cycle<T: CaseIterable & Equatable>(_ value: T, by step: Int) -> T where T.AllCases == [T] {
        let all = T.allCases
        let i = all.firstIndex(of: value) ?? 0
        return all[(i + step + all.count) % all.count]
    }

    static func sessions(_ state: AppState) -> [LiveSessionStats] {
        let needle = state.filters[.sales]?.lowercased() ?? ""
        let all = state.data.liveSessions.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }
        return needle.isEmpty ? all : all.filter { $0.title.lowercased().contains(needle) }
    }

    // MARK: Layout

    struct Layout {
        var selector: Rect
        var chart: Rect
        var channels: Rect
        var sessions: Rect
    }

    static func layout(_ body: Rect, wide: Bool) -> Layout {
        let (selector, rest) = body.splitRows(1)
        let (chart, bottom) = rest.splitRows(wide ? rest.height * 3 / 5 : rest.height - 9)
        let (channels, sessions) = bottom.splitColumns(wide ? bottom.width * 3 / 8 : bottom.width * 9 / 20)
        return Layout(selector: selector, chart: chart, channels: channels, sessions: sessions)
    }

    static func body(_ state: AppState) -> Rect { Rect(x: 0, y: 1, width: state.width, height: state.height - 2) }

    /// Table rows the sessions box can show (header, borders and the sparkline line excluded).
    static func sessionRows(_ state: AppState) -> Int {
        let wide = state.width >= 120 && state.height >= 36
        return max(1, layout(body(state), wide: wide).sessions.height - 2 - 1 - 2)
    }

    // MARK: Drawing

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let l = layout(body, wide: c.isWide)
        drawSelector(into: &g, l.selector, c)
        SalesChartPanel.draw(into: &g, l.chart, c, compact: false)
        drawChannels(into: &g, l.channels, c)
        drawSessions(into: &g, l.sessions, c)
    }

    private static func drawSelector(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        var x = rect.x + 1
        let y = rect.y
        x = g.put(c.t(.metric) + " ", x: x, y: y, style: c.style(.muted), maxX: rect.maxX)
        for m in SalesMetric.allCases {
            let on = m == c.state.salesMetric
            x = g.put(" " + SalesChartPanel.metricTitle(m, c) + " ", x: x, y: y,
                      style: c.style(on ? .tabActive : .tabInactive), maxX: rect.maxX)
        }
        x = g.put("  m   ", x: x, y: y, style: c.style(.accent), maxX: rect.maxX)
        x = g.put(c.t(.range) + " ", x: x, y: y, style: c.style(.muted), maxX: rect.maxX)
        for r in SalesRange.allCases {
            let on = r == c.state.salesRange
            x = g.put(" " + SalesChartPanel.rangeTitle(r, c) + " ", x: x, y: y,
                      style: c.style(on ? .tabActive : .tabInactive), maxX: rect.maxX)
        }
        g.put("  [ ]", x: x, y: y, style: c.style(.accent), maxX: rect.maxX)
    }

    private static func drawChannels(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.byChannel), theme: c.theme, glyphs: c.glyphs)
        let needle = c.state.filter.lowercased()
        let slices = c.state.data.channels
            .filter { needle.isEmpty || c.channel($0.channel).lowercased().contains(needle) }
            .sorted { ($0.gmv, $0.channel.rawValue) > ($1.gmv, $1.channel.rawValue) }
        guard !slices.isEmpty else {
            g.line(c.state.data.parts.contains(.channels) ? c.t(.noData) : c.t(.loading), in: inner, row: 0,
                   style: c.style(.muted))
            return
        }
        let total = slices.reduce(Int64(0)) { $0 + $1.gmv.fen }
        let items = slices.map { s in
            let share = total == 0 ? nil : Double(s.gmv.fen) / Double(total)
            let figures = c.isWide
                ? [c.money(s.gmv), c.t(.ordersCount, Format.count(s.orders)), Format.percent(share, glyphs: c.glyphs)]
                : [c.moneyShort(s.gmv), Format.percent(share, glyphs: c.glyphs)]
            return LabeledBar(label: c.isWide ? c.channel(s.channel) : c.strings.channel(s.channel, short: true),
                              value: s.gmv.fen, figures: figures, role: s.channel == .liveStream ? .series1 : .series2)
        }
        LabeledBars.draw(into: &g, Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), items, c,
                         rowStep: c.isWide && inner.height >= items.count * 2 ? 2 : 1)
    }

    private static func drawSessions(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let list = sessions(c.state)
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.liveSessions), theme: c.theme, glyphs: c.glyphs)
        guard !list.isEmpty else {
            g.line(c.state.data.parts.contains(.liveSessions) ? c.t(.noSessions) : c.t(.loading), in: inner, row: 0,
                   style: c.style(.muted))
            return
        }
        let (tableRect, detailRect) = inner.splitRows(inner.height - 2)
        var columns = [TableColumn(title: c.t(.session), width: 0)]
        if c.isWide { columns.append(TableColumn(title: c.t(.started), width: 11)) }
        if c.isWide { columns.append(TableColumn(title: c.t(.viewers), width: 8, align: .right)) }
        columns += [TableColumn(title: c.t(.gmv), width: c.isWide ? 11 : 7, align: .right)]
        if c.isWide { columns.append(TableColumn(title: c.t(.orders), width: 6, align: .right)) }
        columns += [TableColumn(title: c.t(.colPeak), width: c.isWide ? 16 : 5, align: .right),
                    TableColumn(title: c.t(.colGPM), width: 7, align: .right)]
        let rows: [[String]] = list.map { s in
            let live = s.endedAt == nil ? c.glyphs.bullet + " " : ""
            var row = [live + s.title]
            if c.isWide { row.append(c.stamp(s.startedAt)) }
            if c.isWide { row.append(Format.count(s.viewers)) }
            row.append(c.isWide ? c.money(s.gmv) : c.moneyShort(s.gmv))
            if c.isWide { row.append(Format.count(s.orders)) }
            let peak = s.peak.map { c.isWide ? c.clock($0.start) + " " + c.money($0.gmv) : c.clock($0.start) } ?? c.glyphs.dash
            row += [peak, s.gpm.map { c.moneyAxis($0.fen) } ?? c.glyphs.dash]
            return row
        }
        let roles: [ThemeRole?] = list.map { $0.endedAt == nil ? .good : nil }
        let cursor = c.state.sessionCursor
        let visible = max(1, tableRect.height - 1)
        Table.draw(into: &g, rect: tableRect, columns: columns, rows: rows, selected: cursor.selected,
                   scroll: cursor.firstRow(visible: visible, count: list.count), theme: c.theme, glyphs: c.glyphs,
                   rowRoles: roles)
        // The selected session minute by minute.
        guard detailRect.height >= 2, cursor.selected < list.count else { return }
        let s = list[cursor.selected]
        g.fill(x: detailRect.x, y: detailRect.y, width: detailRect.width, height: 1,
               with: Cell(c.glyphs.horizontal, style: c.style(.border)))
        let label = c.clean(s.title) + " "
        let peakText = s.peak.map { " " + c.t(.peakAt, c.clock($0.start), c.money($0.gmv)) } ?? ""
        let sparkWidth = max(0, min(s.perMinute.count, detailRect.width - 12 - TextWidth.columns(peakText)))
        let labelRoom = detailRect.width - sparkWidth - TextWidth.columns(peakText)
        var x = g.put(c.fit(label, labelRoom), x: detailRect.x, y: detailRect.y + 1, style: c.style(.muted), maxX: detailRect.maxX)
        x = g.put(Sparkline.render(s.perMinute.map(\.gmv.fen), width: sparkWidth, glyphs: c.glyphs), x: x,
                  y: detailRect.y + 1, style: c.style(.series1), maxX: detailRect.maxX)
        g.put(peakText, x: x, y: detailRect.y + 1, style: c.style(.accent), maxX: detailRect.maxX)
    }
}
