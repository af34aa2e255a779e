import ShopModel

/// Pane 7: parcels by status, paid orders still waiting to ship, and refunds.
enum LogisticsPane: Pane {
    static let id = PaneID.logistics
    static let word = "logistics"
    static let dataParts: Set<DataPart> = [.logistics]

    static var bindings: [Binding] {
        [Binding([.left, .char("h"), .right, .char("l")], "h/l", help: "h l ← →", hint: .switchList, helpText: .switchList) { state, key in
             state.logisticsFocus = key == .left || key == .char("h") ? 0 : 1
             return []
         },
         Binding([.enter], "enter", help: "Enter", hint: .open, helpText: .helpOpenOrder) { state, _ in
             if state.logisticsFocus == 0 {
                 let list = overdue(state)
                 guard state.overdueCursor.selected < list.count else { return [] }
                 return OrdersPane.open(list[state.overdueCursor.selected].outTradeNo, &state)
             }
             let list = refunds(state)
             guard state.refundCursor.selected < list.count else { return [] }
             return OrdersPane.open(list[state.refundCursor.selected].refund.outTradeNo, &state)
         },
         .reminder("/", hint: .keyWordFilter),
         Binding(movementKeys, "j/k") { state, key in
             let visible = tableRows(state)
             if state.logisticsFocus == 0 {
                 if let moved = moveCursor(state.overdueCursor, key: key, count: overdue(state).count, visible: visible) {
                     state.overdueCursor = moved
                 }
             } else if let moved = moveCursor(state.refundCursor, key: key, count: refunds(state).count, visible: visible) {
                 state.refundCursor = moved
             }
             return []
         }]
    }

    static func overdue(_ state: AppState) -> [OverdueShipment] {
        let needle = state.filters[.logistics]?.lowercased() ?? ""
        let all = (state.data.logistics?.overdue ?? []).sorted { ($0.paidAt, $0.outTradeNo) < ($1.paidAt, $1.outTradeNo) }
        guard !needle.isEmpty else { return all }
        return all.filter { [$0.outTradeNo, $0.nickname ?? "", $0.city ?? ""].contains { $0.lowercased().contains(needle) } }
    }

    static func refunds(_ state: AppState) -> [RefundRow] {
        let needle = state.filters[.logistics]?.lowercased() ?? ""
        let all = (state.data.logistics?.refunds ?? []).sorted {
            ($0.refund.requestedAt, $0.refund.refundNo) > ($1.refund.requestedAt, $1.refund.refundNo)
        }
        guard !needle.isEmpty else { return all }
        return all.filter {
            [$0.refund.outTradeNo, $0.nickname ?? "", $0.refund.reason ?? ""].contains { $0.lowercased().contains(needle) }
        }
    }

    static func isWide(_ state: AppState) -> Bool { state.width >= 120 && state.height >= 36 }

    /// (shipments, overdue, refunds)
    static func layout(_ body: Rect, wide: Bool) -> (Rect, Rect, Rect) {
        if wide {
            let (top, bottom) = body.splitRows(11)
            let (overdue, refunds) = bottom.splitColumns(bottom.width / 2)
            return (top, overdue, refunds)
        }
        let (top, rest) = body.splitRows(5)
        let (overdue, refunds) = rest.splitRows(rest.height / 2)
        return (top, overdue, refunds)
    }

    static func tableRows(_ state: AppState) -> Int {
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        let l = layout(body, wide: isWide(state))
        return max(1, (state.logisticsFocus == 0 ? l.1 : l.2).height - 3)
    }

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let (top, overdueRect, refundRect) = layout(body, wide: c.isWide)
        drawShipments(into: &g, top, c)
        drawOverdue(into: &g, overdueRect, c)
        drawRefunds(into: &g, refundRect, c)
    }

    private static let statusOrder: [ShipmentStatus] = [.created, .picked, .inTransit, .outForDelivery, .delivered,
                                                         .exception, .returned]

    private static func drawShipments(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        guard let l = c.state.data.logistics else {
            let inner = Box.draw(into: &g, rect: rect, title: c.t(.shipmentsByStatus), theme: c.theme, glyphs: c.glyphs)
            g.line(c.t(.loading), in: inner, row: 0, style: c.style(.muted))
            return
        }
        let totals = l.refundTotals
        let sep = c.glyphs.separator
        let summary = c.t(.awaitingShipment) + " " + Format.count(l.awaitingShipment) + sep
            + c.t(.overdueCount, Format.count(l.overdueCount), String(c.state.config.overdueHours)) + sep
            + c.t(.refundsToday, Format.count(totals.refunds), c.money(totals.refundAmount),
                  Format.percent(totals.refundRate, glyphs: c.glyphs))
        if c.isWide {
            let (left, right) = rect.splitColumns(rect.width / 2)
            let inner = Box.draw(into: &g, rect: left, title: c.t(.shipmentsByStatus), theme: c.theme, glyphs: c.glyphs)
            let shipped = max(1, l.byStatus.values.reduce(0, +))
            let items = statusOrder.map { s in
                LabeledBar(label: c.strings.shipmentStatus(s), value: Int64(l.byStatus[s] ?? 0),
                           figures: [Format.count(l.byStatus[s] ?? 0),
                                     Format.percent(Double(l.byStatus[s] ?? 0) / Double(shipped), glyphs: c.glyphs)],
                           role: s == .exception || s == .returned ? .bad : (s == .delivered ? .good : .series1))
            }
            LabeledBars.draw(into: &g, Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), items, c)
            let side = Box.draw(into: &g, rect: right, title: c.t(.afterSales), theme: c.theme, glyphs: c.glyphs)
            let lines: [(String, String, ThemeRole)] = [
                (c.t(.awaitingShipment), Format.count(l.awaitingShipment), .text),
                (c.t(.overdueShipments) + " (" + c.t(.overdueRule, String(c.state.config.overdueHours)) + ")",
                 Format.count(l.overdueCount), l.overdueCount > 0 ? .bad : .good),
                (c.t(.refunds), Format.count(totals.refunds), .text),
                (c.t(.refundAmount), c.money(totals.refundAmount), .text),
                (c.t(.refundRate), Format.percent(totals.refundRate, glyphs: c.glyphs), .warn),
                (c.t(.gmv), c.money(totals.gmv), .muted),
            ]
            for (i, line) in lines.enumerated() {
                let row = Rect(x: side.x + 1, y: side.y, width: side.width - 2, height: side.height)
                g.line(line.0, in: row, row: i, style: c.style(.muted), right: line.1, rightStyle: c.style(line.2))
            }
            return
        }
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.shipmentsByStatus), theme: c.theme, glyphs: c.glyphs)
        // The statuses flow over two lines, in the order a parcel moves through them.
        var x = inner.x + 1, y = inner.y
        for s in statusOrder {
            let label = c.strings.shipmentStatus(s) + " "
            let value = Format.count(l.byStatus[s] ?? 0) + "   "
            if x + TextWidth.columns(label) + TextWidth.columns(value) > inner.maxX {
                x = inner.x + 1
                y += 1
            }
            guard y < inner.y + 2 else { break }
            x = g.put(label, x: x, y: y, style: c.style(.muted))
            let role: ThemeRole = (s == .exception || s == .returned) && (l.byStatus[s] ?? 0) > 0 ? .bad : .title
            x = g.put(value, x: x, y: y, style: c.style(role))
        }
        g.line(summary, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height), row: 2,
               style: c.style(l.overdueCount > 0 ? .warn : .text))
    }

    private static func drawOverdue(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let list = overdue(c.state)
        let focused = c.state.logisticsFocus == 0
        let count = c.state.data.logistics?.overdueCount ?? 0
        let title = c.t(.overdueShipments) + " " + Format.count(count) + c.glyphs.separator
            + c.t(.overdueRule, String(c.state.config.overdueHours))
        let inner = Box.draw(into: &g, rect: rect, title: title, theme: c.theme, glyphs: c.glyphs, focused: focused)
        guard !list.isEmpty else {
            g.line(c.state.data.logistics == nil ? c.t(.loading) : c.t(.noOverdue), in: inner, row: 0, style: c.style(.good))
            return
        }
        let columns = [TableColumn(title: c.t(.paidAt), width: 11), TableColumn(title: c.t(.orderNo), width: 12),
                       TableColumn(title: c.t(.nickname), width: 0), TableColumn(title: c.t(.city), width: 8),
                       TableColumn(title: c.t(.amount), width: 10, align: .right),
                       TableColumn(title: c.t(.waiting), width: 7, align: .right)]
        let rows = list.map { o in
            [c.stamp(o.paidAt), FeedPane.tail(o.outTradeNo, 12, c), c.nickname(o.nickname), o.city ?? "", c.money(o.amount),
             Format.duration(c.state.now - o.paidAt)]
        }
        // Twice the threshold is late enough to ring louder.
        let limit = Int64(c.state.config.overdueHours) * 3_600
        let roles: [ThemeRole?] = list.map { c.state.now - $0.paidAt >= 2 * limit ? .bad : .warn }
        let cursor = c.state.overdueCursor
        Table.draw(into: &g, rect: inner, columns: columns, rows: rows, selected: focused ? cursor.selected : nil,
                   scroll: cursor.firstRow(visible: inner.height - 1, count: rows.count), theme: c.theme, glyphs: c.glyphs,
                   rowRoles: roles)
    }

    private static func drawRefunds(into g: inout Grid, _ rect: Rect, _ c: RenderContext) {
        let list = refunds(c.state)
        let focused = c.state.logisticsFocus == 1
        let inner = Box.draw(into: &g, rect: rect, title: c.t(.refunds) + " " + Format.count(list.count), theme: c.theme,
                             glyphs: c.glyphs, focused: focused)
        guard !list.isEmpty else {
            g.line(c.state.data.logistics == nil ? c.t(.loading) : c.t(.noRefunds), in: inner, row: 0, style: c.style(.good))
            return
        }
        let columns = [TableColumn(title: c.t(.time), width: 11), TableColumn(title: c.t(.orderNo), width: 12),
                       TableColumn(title: c.t(.nickname), width: 10, grows: true), TableColumn(title: c.t(.refundReason), width: 0),
                       TableColumn(title: c.t(.status), width: 10),
                       TableColumn(title: c.t(.amount), width: 10, align: .right)]
        let rows = list.map { r in
            [c.stamp(r.refund.requestedAt), FeedPane.tail(r.refund.outTradeNo, 12, c), c.nickname(r.nickname), r.refund.reason ?? "",
             c.strings.refundStatus(r.refund.status), c.money(r.refund.amount)]
        }
        let roles: [ThemeRole?] = list.map {
            switch $0.refund.status {
            case .requested, .processing: .warn
            case .succeeded: nil
            case .rejected, .closed: .muted
            }
        }
        let cursor = c.state.refundCursor
        Table.draw(into: &g, rect: inner, columns: columns, rows: rows, selected: focused ? cursor.selected : nil,
                   scroll: cursor.firstRow(visible: inner.height - 1, count: rows.count), theme: c.theme, glyphs: c.glyphs,
                   rowRoles: roles)
    }
}
