import ShopModel

/// The coupon forms and the confirmation question, worded for the operator.
extension CouponsPane {
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
        case .kind: c.t(.fieldKind, formKinds(c, separator: "/"))
        case .value: c.t(.fieldValue)
        case .minSpend: c.t(.fieldMinSpend)
        case .quota: c.t(.fieldQuota)
        case .startsAt: c.t(.fieldStartsAt)
        case .endsAt: c.t(.fieldEndsAt)
        }
    }

    private static func formKinds(_ c: RenderContext, separator: String) -> String {
        CouponKind.allCases.map { c.strings.formKind($0) }.joined(separator: separator)
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
        case .unknownKind: c.t(.errUnknownKind, formKinds(c, separator: c.language == .zh ? "、" : ", "))
        case .belowIssued(let n): c.t(.errBelowIssued, Format.count(n))
        case .badCharacters: c.t(.errBatchId)
        case .notAboveValue: c.t(.errMinBelowValue)
        }
    }

    /// The question names the batch by id, name and system, and says what buyers will notice, so a
    /// batch that shares its name with twenty others cannot be mistaken for one of them.
    static func describe(_ pending: PendingChange, _ c: RenderContext) -> String {
        let name = c.clean(pending.batchName)
        let id = batchId(of: pending.command)
        let batch = c.state.data.coupons.first { $0.batch.batchId == id }?.batch
        let quoted = c.language == .zh ? "「\(name)」" : "\"\(name)\""
        let system = batch.map { systemText($0, c) }
        let named = c.language == .zh
            ? c.clean(id) + quoted + (system.map { "（" + $0 + "）" } ?? "")
            : c.clean(id) + " " + quoted + (system.map { " (" + $0 + ")" } ?? "")
        let subject = batch.map { subjectText($0, c) } ?? c.t(.subjectLocal, c.clean(id))
        let remote = batch.map { $0.system != .local ? " " + c.t(.effectRemote, systemName($0.system, c)) : "" } ?? ""
        switch pending.command {
        case .pause: return c.t(.confirmPause, named) + " " + c.t(.effectPause, subject) + remote
        case .resume: return c.t(.confirmResume, named) + " " + c.t(.effectResume, subject) + remote
        case .stop: return c.t(.confirmStop, named) + " " + c.t(.effectStop, subject) + remote
        case .setQuota(_, let quota):
            let old = batch.map { Format.count($0.quota) } ?? c.glyphs.dash
            return c.t(.confirmQuota, named, old, Format.count(quota)) + " " + c.t(.effectQuota, subject, Format.count(quota)) + remote
        case .setEnd(_, let end):
            let at = CouponFormCheck.formatTime(end, c.calendar)
            return c.t(.confirmEnd, named, at) + " " + c.t(.effectEnd, subject, at) + remote
        case .create(let r):
            return c.t(.confirmCreate, name) + " " + kindText(r, c) + c.glyphs.separator + c.t(.quota) + " "
                + Format.count(r.quota) + c.glyphs.separator + CouponFormCheck.formatTime(r.startsAt, c.calendar)
                + c.span + CouponFormCheck.formatTime(r.endsAt, c.calendar)
        }
    }

    static func systemName(_ system: CouponSystem, _ c: RenderContext) -> String {
        switch system {
        case .local: c.t(.systemLocal)
        case .wechatpay: c.t(.systemWeChatPay)
        case .webhook: c.t(.systemWebhook)
        }
    }

    /// "WeChat Pay 9865000", "shop backend", "shopdash".
    static func systemText(_ b: CouponBatchRecord, _ c: RenderContext) -> String {
        systemName(b.system, c) + (b.remoteId.map { " " + c.clean($0) } ?? "")
    }

    /// What buyers know the batch as: "WeChat Pay stock 9865000".
    static func subjectText(_ b: CouponBatchRecord, _ c: RenderContext) -> String {
        switch b.system {
        case .wechatpay: c.t(.subjectWeChatPay, c.clean(b.remoteId ?? b.batchId))
        case .webhook: c.t(.subjectWebhook, c.clean(b.remoteId ?? b.batchId))
        case .local: c.t(.subjectLocal, c.clean(b.batchId))
        }
    }

    /// "pending 3 s", "delivered", "failed: reason".
    static func changeState(_ e: CouponOutboxEntry, _ c: RenderContext) -> String {
        switch e.state {
        case .pending: c.t(.outboxPending, Format.duration(max(0, c.state.now - e.createdAt)))
        case .delivered: c.t(.outboxDelivered)
        case .failed: c.t(.outboxFailed, c.clean(e.reason ?? c.glyphs.dash))
        }
    }

    static func actionWord(_ a: CouponChangeAction, _ c: RenderContext) -> String {
        switch a {
        case .pause: c.t(.actionWordPause)
        case .resume: c.t(.actionWordResume)
        case .stop: c.t(.actionWordStop)
        case .quota: c.t(.actionWordQuota)
        case .end: c.t(.actionWordEnd)
        case .create: c.t(.actionWordCreate)
        }
    }

    /// The batch's system and how its last change stands, under the batch's numbers.
    static func drawSystemLine(into g: inout Grid, _ area: Rect, _ s: CouponBatchStats, _ c: RenderContext) {
        var text = c.t(.colSystem) + " " + systemText(s.batch, c)
        var role = ThemeRole.muted
        if let e = s.lastChange {
            text += c.glyphs.separator + c.t(.lastChange, actionWord(e.action, c), changeState(e, c))
            switch e.state {
            case .pending: role = .warn
            case .delivered: role = .muted
            case .failed: role = .bad
            }
        }
        g.line(text, in: area, row: 5, style: c.style(role))
    }
}
