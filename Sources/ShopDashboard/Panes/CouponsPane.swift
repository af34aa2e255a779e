import ShopModel

/// Pane 5: coupon batches and how they perform; operators pause, resume, stop, change and create
/// them, each change confirmed first. Support sees the same table without any of the controls.
enum CouponsPane {
    // MARK: Keys

    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let list = batches(state)
        if let moved = moveCursor(state.couponCursor, key: key, count: list.count, visible: tableRows(state)) {
            state.couponCursor = moved
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
            .batchId: "CB\(day)\(clock)", .kind: "threshold", .minSpend: "0", .quota: "1000",
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

    static func tableRows(_ state: AppState) -> Int {
        let detail = state.width >= 120 && state.height >= 36 ? 8 : 4
        return max(1, state.height - 2 - 2 - 1 - detail)
    }

    // MARK: Drawing

    static func draw(into g: inout Grid, _ body: Rect, _ c: RenderContext) {
        let list = batches(c.state)
        let (tableRect, detailRect) = body.splitRows(body.height - (c.isWide ? 8 : 4))
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
        drawTable(into: &g, inner, rows: list, cursor: c.state.couponCursor, c, compact: false)
        let selected = c.state.couponCursor.selected < list.count ? list[c.state.couponCursor.selected] : nil
        drawDetail(into: &g, detailRect, selected, c)
    }

    /// The batch table; `compact` is the overview's short version without a selection.
    static func drawTable(into g: inout Grid, _ rect: Rect, rows list: [CouponBatchStats], cursor: ListCursor?,
                          _ c: RenderContext, compact: Bool) {
        let now = c.state.now
        let roomy = rect.width >= 100
        var columns = [TableColumn(title: c.t(.couponName), width: 0),
                       TableColumn(title: c.t(.status), width: 6)]
        if roomy { columns.append(TableColumn(title: c.t(.couponKind), width: 12)) }
        if !compact || roomy {
            columns.append(TableColumn(title: c.t(.issued), width: 7, align: .right))
            columns.append(TableColumn(title: c.t(.redeemed), width: 7, align: .right))
        }
        columns.append(TableColumn(title: c.t(.rateShort), width: 6, align: .right))
        if !compact || roomy { columns.append(TableColumn(title: c.t(.discountGiven), width: 10, align: .right)) }
        columns.append(TableColumn(title: c.t(.couponGMV), width: compact && !roomy ? 8 : 11, align: .right))
        if !compact || roomy { columns.append(TableColumn(title: c.t(.timeLeft), width: 7, align: .right)) }

        let rows: [[String]] = list.map { s in
            let status = s.effectiveStatus(now: now)
            var row = [s.batch.name, c.strings.couponStatus(status)]
            if roomy { row.append(kindText(s.batch, c)) }
            if !compact || roomy { row += [Format.count(s.issued), Format.count(s.redeemed)] }
            row.append(Format.percent(s.redemptionRate, glyphs: c.glyphs))
            if !compact || roomy { row.append(s.discount.compact) }
            row.append(compact && !roomy ? s.gmv.compact : s.gmv.display)
            if !compact || roomy {
                row.append(status == .running || status == .paused ? Format.duration(s.secondsLeft(now: now)) : c.glyphs.dash)
            }
            return row
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

    /// "满100减20", "8折" style in Chinese; "¥20 off ¥100", "20% off" in English.
    static func kindText(_ b: CouponBatchRecord, _ c: RenderContext) -> String {
        let value = SalesChartPanel.shortMoney(b.value.fen).dropFirst()
        let minimum = SalesChartPanel.shortMoney(b.minSpend.fen).dropFirst()
        switch (b.kind, c.language) {
        case (.fixed, .zh): return "立减\(value)元"
        case (.fixed, .en): return "¥\(value) off"
        case (.percent, .zh):
            let p = 100 - (b.percentOff ?? 0)
            return p % 10 == 0 ? "\(p / 10)折" : "\(Double(p) / 10)折"
        case (.percent, .en): return "\(b.percentOff ?? 0)% off"
        case (.threshold, .zh): return "满\(minimum)减\(value)"
        case (.threshold, .en): return "¥\(value) off ¥\(minimum)"
        }
    }

    private static func drawDetail(into g: inout Grid, _ rect: Rect, _ stats: CouponBatchStats?, _ c: RenderContext) {
        let inner = Box.draw(into: &g, rect: rect, title: stats.map { c.clean($0.batch.name) } ?? c.t(.couponBatch),
                             theme: c.theme, glyphs: c.glyphs)
        guard let s = stats, inner.height > 0 else { return }
        let b = s.batch
        let sep = c.glyphs.separator
        let window = c.stamp(b.startsAt) + " – " + c.calendar.dayLabel(b.endsAt).dropFirst(5) + " " + c.clock(b.endsAt)
        let line1 = c.clean(b.batchId) + sep + kindText(b, c) + sep + c.t(.quota) + " " + Format.count(b.quota)
            + sep + window
        g.line(line1, in: inner, row: 0, style: c.style(.text))
        // How much of the quota is gone, as a bar: the number operators watch during a campaign.
        if inner.height >= 2 {
            let used = c.t(.issued) + " " + Format.count(s.issued) + "/" + Format.count(b.quota) + "  "
            let redeemed = "  " + c.t(.redeemed) + " " + Format.count(s.redeemed) + sep + c.t(.discountGiven) + " "
                + s.discount.display + sep + c.t(.couponGMV) + " " + s.gmv.display
            let barWidth = max(0, min(30, inner.width - TextWidth.columns(used) - TextWidth.columns(redeemed)))
            var x = g.put(used, x: inner.x, y: inner.y + 1, style: c.style(.muted), maxX: inner.maxX)
            x = g.put(Bars.bar(value: Int64(s.issued), max: Int64(max(1, b.quota)), width: barWidth, glyphs: c.glyphs),
                      x: x, y: inner.y + 1, style: c.style(.series1), maxX: inner.maxX)
            g.put(redeemed, x: x, y: inner.y + 1, style: c.style(.muted), maxX: inner.maxX)
        }
        if inner.height >= 4 && !c.canChange {
            g.line(c.t(.supportReadOnly), in: inner, row: inner.height - 1, style: c.style(.muted))
        } else if inner.height >= 4 {
            g.line(c.t(.couponKeysHint), in: inner, row: inner.height - 1, style: c.style(.muted))
        }
    }

    // MARK: Form and confirmation

    static func drawForm(into g: inout Grid, _ form: CouponForm, _ c: RenderContext) {
        let fields = form.fields.map { field in
            FormField(label: fieldLabel(field, c), value: form.value(field),
                      error: form.problems[field].map { problemText($0, c) })
        }
        let title: String
        switch form.purpose {
        case .create: title = c.t(.formCreateCoupon)
        case .quota(let id, _): title = c.t(.actionChangeQuota) + c.glyphs.separator + batchTitle(id, c)
        case .endTime(let id): title = c.t(.actionChangeEnd) + c.glyphs.separator + batchTitle(id, c)
        }
        let errors = form.problems.count
        let height = min(g.height - 2, fields.count + errors + 4)
        let width = min(g.width - 4, 64)
        let rect = g.bounds.centered(width: width, height: height)
        Form.draw(into: &g, rect: rect, title: title, fields: fields, focus: form.focus, theme: c.theme,
                  glyphs: c.glyphs, hint: c.t(.formHint))
    }

    private static func batchTitle(_ id: String, _ c: RenderContext) -> String {
        c.clean(c.state.data.coupons.first { $0.batch.batchId == id }?.batch.name ?? id)
    }

    static func fieldLabel(_ field: CouponField, _ c: RenderContext) -> String {
        switch field {
        case .batchId: c.t(.couponBatch)
        case .name: c.t(.fieldName)
        case .kind: c.t(.fieldKind)
        case .value: c.t(.fieldValue)
        case .minSpend: c.t(.fieldMinSpend)
        case .quota: c.t(.fieldQuota)
        case .startsAt: c.t(.fieldStartsAt)
        case .endsAt: c.t(.fieldEndsAt)
        }
    }

    static func problemText(_ p: FieldProblem, _ c: RenderContext) -> String {
        switch p {
        case .required: c.t(.errRequired)
        case .notANumber: c.t(.errNotNumber)
        case .notAnAmount: c.t(.errNotMoney)
        case .outOfRange(let lo, let hi): c.t(.errRange, Format.count(lo), Format.count(hi))
        case .notATime: c.t(.errNotTime)
        case .notAfterStart: c.t(.errEndBeforeStart)
        case .inThePast: c.t(.errEndInPast)
        case .unknownKind: c.t(.errUnknownKind)
        case .belowIssued(let n): c.t(.errBelowIssued, Format.count(n))
        case .badCharacters: c.t(.errBatchId)
        case .notAboveValue: c.t(.errMinBelowValue)
        }
    }

    static func describe(_ pending: PendingChange, _ c: RenderContext) -> String {
        let name = c.clean(pending.batchName)
        switch pending.command {
        case .pause: return c.t(.confirmPause, name)
        case .resume: return c.t(.confirmResume, name)
        case .stop: return c.t(.confirmStop, name)
        case .setQuota(let id, let quota):
            let old = c.state.data.coupons.first { $0.batch.batchId == id }.map { Format.count($0.batch.quota) } ?? c.glyphs.dash
            return c.t(.confirmQuota, name, old, Format.count(quota))
        case .setEnd(_, let end):
            return c.t(.confirmEnd, name, CouponFormCheck.formatTime(end, c.calendar))
        case .create(let r):
            return c.t(.confirmCreate, name) + " " + kindText(r, c) + c.glyphs.separator + c.t(.quota) + " "
                + Format.count(r.quota) + c.glyphs.separator + CouponFormCheck.formatTime(r.startsAt, c.calendar)
                + " – " + CouponFormCheck.formatTime(r.endsAt, c.calendar)
        }
    }
}
