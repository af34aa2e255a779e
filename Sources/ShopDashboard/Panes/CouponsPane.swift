import ShopModel

/// Pane 5: coupon batches and how they perform; operators pause, resume, stop, change and create
/// them, each change confirmed first. Support sees the same table without any of the controls.
enum CouponsPane: Pane {
    static let id = PaneID.coupons
    static let word = "coupons"
    static let dataParts: Set<DataPart> = [.coupons, .recentRefunds]

    // MARK: Keys

    /// Support sees no controls: their keys are not bound for that role at all.
    static var bindings: [Binding] {
        func control(_ key: Character, _ hint: L10nKey, _ help: L10nKey) -> Binding {
            Binding([.char(key)], String(key), hint: hint, helpText: help, roles: Binding.operatorOnly, action: handleKey)
        }
        return [Binding(movementKeys, "j/k", action: handleKey),
                .reminder("j/k", help: "j k", hint: .move, helpText: .move, roles: Binding.supportOnly),
                .reminder("/", hint: .keyWordFilter, roles: Binding.supportOnly),
                control("p", .pause, .helpCouponPause), control("u", .resume, .helpCouponResume),
                control("x", .stop, .helpCouponStop), control("c", .keyWordQuota, .helpCouponQuota),
                control("e", .endTime, .helpCouponEnd), control("n", .newBatch, .helpCouponNew),
                .note(.helpConfirm, roles: Binding.operatorOnly), .note(.readOnlyNote, roles: Binding.supportOnly),
                Binding(controlKeys.map { .char($0) }, "", roles: Binding.supportOnly, action: refuse)]
    }

    static let controlKeys: [Character] = ["p", "u", "x", "c", "e", "n"]

    /// Support's press of a control key is answered, so nobody wonders whether it worked.
    @Sendable static func refuse(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard case .char(let ch) = key else { return [] }
        let text = Template.fill(Strings(state.config.language)[.supportRefused], [String(ch)])
        state.message = StatusMessage(text: text, isError: true, until: state.now + AppState.messageSeconds)
        return []
    }

    static func batchId(of command: CouponCommand) -> String {
        switch command {
        case .create(let record): return record.batchId
        case .pause(let id), .resume(let id), .stop(let id), .setQuota(let id, _), .setEnd(let id, _): return id
        }
    }

    @Sendable static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let list = batches(state)
        if let moved = moveCursor(state.couponCursor, key: key, count: list.count, visible: tableRows(state)) {
            state.couponCursor = moved
            if moved.selected < list.count { state.couponSelection = list[moved.selected].batch.batchId }
            return []
        }
        // Support: the controls do not exist, so their keys do nothing at all.
        guard state.config.role.canChange else { return [] }
        if key == .char("n") {
            state.modal = .form(newBatchForm(state))
            return []
        }
        guard state.couponCursor.selected < list.count else { return [] }
        let stats = list[state.couponCursor.selected]
        let id = stats.batch.batchId
        // The batch acted on keeps the cursor when the change re-sorts the list.
        state.couponSelection = id
        let status = stats.effectiveStatus(now: state.now)
        func ask(_ command: CouponCommand) { state.modal = .confirm(PendingChange(command: command, batchName: stats.batch.name)) }
        switch key {
        case .char("p"):
            guard status == .running else { say(&state, .cannotInStatus, isError: true, statusWord(status, state)); return [] }
            ask(.pause(id))
        case .char("u"):
            guard status == .paused else { say(&state, .cannotInStatus, isError: true, statusWord(status, state)); return [] }
            ask(.resume(id))
        case .char("x"):
            guard status == .running || status == .paused else {
                say(&state, .cannotInStatus, isError: true, statusWord(status, state)); return []
            }
            ask(.stop(id))
        case .char("c"):
            guard status != .stopped else { say(&state, .cannotInStatus, isError: true, statusWord(status, state)); return [] }
            state.modal = .form(CouponForm(purpose: .quota(batchId: id, issued: stats.issued),
                                           values: [.quota: String(stats.batch.quota)]))
        case .char("e"):
            guard status != .stopped else { say(&state, .cannotInStatus, isError: true, statusWord(status, state)); return [] }
            state.modal = .form(CouponForm(purpose: .endTime(batchId: id),
                                           values: [.endsAt: CouponFormCheck.formatTime(stats.batch.endsAt, state.config.calendar)]))
        default:
            break
        }
        return []
    }

    private static func statusWord(_ s: CouponStatus, _ state: AppState) -> String {
        Strings(state.config.language).couponStatus(s)
    }

    /// A new batch starts now and runs a week unless the operator says otherwise.
    static func newBatchForm(_ state: AppState) -> CouponForm {
        let cal = state.config.calendar
        let day = cal.dayLabel(state.now).replacingOccurrences(of: "-", with: "")
        let clock = cal.timeLabel(state.now).replacingOccurrences(of: ":", with: "")
        return CouponForm(purpose: .create, values: [
            .batchId: "CB\(day)\(clock)", .kind: Strings(state.config.language).formKind(.threshold), .minSpend: "0", .quota: "1000",
            .startsAt: CouponFormCheck.formatTime(state.now, cal),
            .endsAt: CouponFormCheck.formatTime(cal.startOfDay(state.now, addingDays: 8) - 60, cal),
        ])
    }

    /// Running first, then paused, then the rest; newest first within each.
    static func batches(_ state: AppState) -> [CouponBatchStats] {
        let needle = state.filters[.coupons]?.lowercased() ?? ""
        let order: [CouponStatus: Int] = [.running: 0, .paused: 1, .expired: 2, .stopped: 3]
        return state.data.coupons
            .filter { needle.isEmpty || $0.batch.name.lowercased().contains(needle) || $0.batch.batchId.lowercased().contains(needle) }
            .sorted {
                let a = order[$0.effectiveStatus(now: state.now)] ?? 9, b = order[$1.effectiveStatus(now: state.now)] ?? 9
                return (a, -$0.batch.startsAt, $0.batch.batchId) < (b, -$1.batch.startsAt, $1.batch.batchId)
            }
    }

    static func batchName(for command: CouponCommand, _ state: AppState) -> String {
        switch command {
        case .create(let record): return record.name
        case .pause(let id), .resume(let id), .stop(let id), .setQuota(let id, _), .setEnd(let id, _):
            return state.data.coupons.first { $0.batch.batchId == id }?.batch.name ?? id
        }
    }

    // MARK: Layout

    /// (table, detail): the table as tall as its rows need, the detail below takes the rest.
    static func layout(_ body: Rect, rows: Int) -> (Rect, Rect) {
        let detailMin = 8
        let tableHeight = max(6, min(rows + 3, body.height - detailMin))
        return body.splitRows(tableHeight)
    }

    static func tableRows(_ state: AppState) -> Int {
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        return max(1, layout(body, rows: batches(state).count).0.height - 3)
    }

    // MARK: Drawing

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let list = batches(c.state)
        let (tableRect, detailRect) = layout(body, rows: list.count)
        var title = c.t(.paneCoupons)
        if !c.canChange { title += c.glyphs.separator + c.t(.readOnly) }
        if !c.state.filter.isEmpty { title += c.glyphs.separator + c.t(.filterActive, c.clean(c.state.filter)) }
        let inner = Box.draw(into: &g, rect: tableRect, title: title, theme: c.theme, glyphs: c.glyphs)
        guard !list.isEmpty else {
            g.line(c.state.data.parts.contains(.coupons) ? c.t(.noCoupons) : c.t(.loading), in: inner, row: 0,
                   style: c.style(.muted))
            drawDetail(into: &g, detailRect, nil, c)
            return
        }
        drawTable(into: &g, inner, rows: list, cursor: c.state.couponCursor, c)
        let selected = c.state.couponCursor.selected < list.count ? list[c.state.couponCursor.selected] : nil
        drawDetail(into: &g, detailRect, selected, c)
    }

    /// The batch table; narrow places (the overview's corner) get fewer columns.
    /// Columns of a batch name that still tell batches apart ("满99减15 直播…").
    static let readableName = 10

    static func drawTable(into g: inout Grid, _ rect: Rect, rows list: [CouponBatchStats], cursor: ListCursor?,
                          _ c: RenderContext) {
        let now = c.state.now
        let full = rect.width >= 70
        let roomy = rect.width >= 100
        let showId = rect.width >= 50
        let idWidth = min(12, max(TextWidth.columns(c.t(.colBatchId)), list.map { TextWidth.columns($0.batch.batchId) }.max() ?? 0))
        var columns = showId ? [TableColumn(title: c.t(.colBatchId), width: idWidth, grows: true)] : []
        columns += [TableColumn(title: c.t(.couponName), width: 0),
                       TableColumn(title: c.t(.status), width: 7)]
        if roomy { columns.append(TableColumn(title: c.t(.couponKind), width: 14)) }
        if full {
            columns.append(TableColumn(title: c.t(.issued), width: 6, align: .right))
            columns.append(TableColumn(title: c.t(.colUsed), width: 6, align: .right))
        }
        columns.append(TableColumn(title: c.t(.rateShort), width: 6, align: .right))
        if full { columns.append(TableColumn(title: c.t(.colOff), width: 10, align: .right)) }
        columns.append(TableColumn(title: c.t(.gmv), width: full ? 11 : 8, align: .right))
        if full { columns.append(TableColumn(title: c.t(.colLeft), width: 6, align: .right)) }

        func format(exactMoney: Bool) -> [[String]] {
            list.map { s in
                let status = s.effectiveStatus(now: now)
                var row = showId ? [s.batch.batchId] : []
                row += [s.batch.name, c.strings.couponStatus(status)]
                if roomy { row.append(kindText(s.batch, c)) }
                if full { row += [Format.count(s.issued), Format.count(s.redeemed)] }
                row.append(Format.percent(s.redemptionRate, glyphs: c.glyphs))
                if full { row.append(exactMoney ? c.money(s.discount) : c.moneyShort(s.discount)) }
                row.append(full && exactMoney ? c.money(s.gmv) : c.moneyShort(s.gmv))
                if full {
                    row.append(status == .running || status == .paused ? Format.duration(s.secondsLeft(now: now)) : c.glyphs.dash)
                }
                return row
            }
        }
        // Exact amounts when they leave the name and status readable; otherwise the short form
        // (¥230k), since "满4…" names no batch at all.
        var rows = format(exactMoney: true)
        let nameColumn = showId ? 1 : 0
        let widths = Table.fittedWidths(columns, totalWidth: rect.width, cells: rows, glyphs: c.glyphs)
        let longestName = list.map { TextWidth.columns($0.batch.name) }.max() ?? 0
        let statusWanted = list.map { TextWidth.columns(c.strings.couponStatus($0.effectiveStatus(now: now))) }.max() ?? 0
        if widths[nameColumn] < min(longestName, Self.readableName) || widths[nameColumn + 1] < min(statusWanted, 7) {
            rows = format(exactMoney: false)
            // Figure columns shrink to what they now hold, and the room goes to the name.
            for i in columns.indices where columns[i].align == .right {
                let widest = rows.map { i < $0.count ? TextWidth.columns($0[i]) : 0 }.max() ?? 0
                columns[i].width = max(TextWidth.columns(columns[i].title), widest)
            }
        }
        let roles: [ThemeRole?] = list.map {
            switch $0.effectiveStatus(now: now) {
            case .running: nil
            case .paused: .warn
            case .stopped, .expired: .muted
            }
        }
        let visible = max(1, rect.height - 1)
        Table.draw(into: &g, rect: rect, columns: columns, rows: rows, selected: cursor?.selected,
                   scroll: cursor?.firstRow(visible: visible, count: rows.count) ?? 0, theme: c.theme, glyphs: c.glyphs,
                   rowRoles: roles)
    }

    /// "满100减20", "9折" style in Chinese; "¥20 off ¥100", "10% off" in English.
    static func kindText(_ b: CouponBatchRecord, _ c: RenderContext) -> String {
        let value = c.moneyAxis(b.value.fen).dropFirst()
        let minimum = c.moneyAxis(b.minSpend.fen).dropFirst()
        switch (b.kind, c.language) {
        case (.fixed, .zh): return b.minSpend.fen > 0 ? "满\(minimum)减\(value)" : "立减\(value)元"
        case (.fixed, .en):
            return b.minSpend.fen > 0 ? "\(c.currency)\(value) off \(c.currency)\(minimum)" : "\(c.currency)\(value) off"
        case (.percent, .zh):
            let p = 100 - (b.percentOff ?? 0)
            return p % 10 == 0 ? "\(p / 10)折" : "\(p / 10).\(p % 10)折"
        case (.percent, .en): return "\(b.percentOff ?? 0)% off"
        case (.threshold, .zh): return "满\(minimum)减\(value)"
        case (.threshold, .en): return "\(c.currency)\(value) off \(c.currency)\(minimum)"
        }
    }

    private static func drawDetail(into g: inout Grid, _ rect: Rect, _ stats: CouponBatchStats?, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: stats.map { c.clean($0.batch.name) } ?? c.t(.couponBatch),
                             theme: c.theme, glyphs: c.glyphs)
        guard let s = stats, inner.height > 0 else { return }
        let area = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        let b = s.batch
        let sep = c.glyphs.separator
        let status = s.effectiveStatus(now: c.state.now)
        let window = c.stamp(b.startsAt) + c.span + c.calendar.dayLabel(b.endsAt).dropFirst(5) + " " + c.clock(b.endsAt)
        var left = c.glyphs.dash
        if status == .running || status == .paused { left = Format.duration(s.secondsLeft(now: c.state.now)) }
        g.line(c.clean(b.batchId) + sep + kindText(b, c) + sep + c.strings.couponStatus(status), in: area, row: 0,
               style: c.style(.title), right: window + sep + c.t(.timeLeft) + " " + left, rightStyle: c.style(.muted))
        // How much of the quota is gone: the number operators watch during a campaign.
        let issued = c.t(.issued) + " " + Format.count(s.issued) + " / " + Format.count(b.quota)
        let share = " " + Format.percent(b.quota == 0 ? nil : Double(s.issued) / Double(b.quota), glyphs: c.glyphs)
        let usedLabel = c.t(.redeemed) + " " + Format.count(s.redeemed) + " / " + Format.count(s.issued)
        let barWidth = max(0, area.width - max(TextWidth.columns(issued), TextWidth.columns(usedLabel)) - TextWidth.columns(share) - 2)
        var x = g.put(Sanitizer.pad(issued, columns: max(TextWidth.columns(issued), TextWidth.columns(usedLabel)), glyphs: c.glyphs) + "  ", x: area.x, y: area.y + 1, style: c.style(.text), maxX: area.maxX)
        x = g.put(Bars.bar(value: Int64(s.issued), max: Int64(max(1, b.quota)), width: barWidth, glyphs: c.glyphs),
                  x: x, y: area.y + 1, style: c.style(s.issued >= b.quota ? .warn : .series1), maxX: area.maxX)
        g.put(share, x: x, y: area.y + 1, style: c.style(.muted), maxX: area.maxX)
        // And how much of what was issued got used.
        let used = c.t(.redeemed) + " " + Format.count(s.redeemed) + " / " + Format.count(s.issued)
        let usedShare = " " + Format.percent(s.redemptionRate, glyphs: c.glyphs)
        let labelWidth = max(TextWidth.columns(issued), TextWidth.columns(used))
        let usedX = g.put(Sanitizer.pad(used, columns: labelWidth, glyphs: c.glyphs) + "  ", x: area.x,
                          y: area.y + 2, style: c.style(.text), maxX: area.maxX)
        let usedEnd = g.put(Bars.bar(value: Int64(s.redeemed), max: Int64(max(1, s.issued)), width: barWidth, glyphs: c.glyphs),
                            x: usedX, y: area.y + 2, style: c.style(.good), maxX: area.maxX)
        g.put(usedShare, x: usedEnd, y: area.y + 2, style: c.style(.muted), maxX: area.maxX)
        let roi = s.discount.fen == 0 ? nil : Double(s.gmv.fen) / Double(s.discount.fen)
        g.line(c.t(.discountGiven) + " " + c.money(s.discount) + sep + c.t(.couponGMV) + " " + c.money(s.gmv), in: area, row: 3,
               style: c.style(.text))
        g.line(c.t(.couponROI, roi.map { String(format: "%.1f", $0) } ?? c.glyphs.dash), in: area, row: 4, style: c.style(.muted))
        if area.height >= 6 { drawSystemLine(into: &g, area, s, c) }
        guard area.height >= 7 else { return }
        guard c.canChange else {
            g.line(c.t(.supportReadOnly), in: area, row: 6, style: c.style(.muted))
            return
        }
        // The actions as a small menu, so the keys are learnt where they are used.
        let actions: [(String, L10nKey)] = [("p", .helpCouponPause), ("u", .helpCouponResume), ("x", .helpCouponStop),
                                            ("c", .helpCouponQuota), ("e", .helpCouponEnd), ("n", .helpCouponNew)]
        let perRow = area.width >= 120 ? 6 : 3
        let cellWidth = area.width / perRow
        for (i, action) in actions.enumerated() {
            let row = 6 + i / perRow
            guard row < area.height else { break }
            let x = area.x + (i % perRow) * cellWidth
            let after = g.put(action.0 + " ", x: x, y: area.y + row, style: c.style(.accent), maxX: area.maxX)
            g.put(c.fit(c.t(action.1), cellWidth - 3), x: after, y: area.y + row, style: c.style(.text), maxX: area.maxX)
        }
    }
}
