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
                + c.span + CouponFormCheck.formatTime(r.endsAt, c.calendar)
        }
    }
}
