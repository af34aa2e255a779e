import ShopModel

/// One line of the order detail: clean text, and optionally a right-aligned part (amounts).
struct DetailLine {
    var text: String
    var role: ThemeRole = .text
    var right: String? = nil
    var rightRole: ThemeRole = .text
}

/// The order detail as lines: buyer, items, payment, coupon, refunds, logistics trail, status, audit.
enum OrderDetailLines {
    static func build(_ d: OrderDetail, _ c: RenderContext, width: Int) -> [DetailLine] {
        let o = d.order
        let sep = c.glyphs.separator
        var lines: [DetailLine] = []
        func section(_ title: String) {
            if !lines.isEmpty { lines.append(DetailLine(text: "")) }
            lines.append(DetailLine(text: title, role: .header))
        }
        func field(_ label: String, _ value: String, role: ThemeRole = .text) {
            lines.append(DetailLine(text: "  " + label + "  " + value, role: role))
        }

        lines.append(DetailLine(text: c.clean(o.outTradeNo) + sep + c.status(o.status) + sep + c.channel(o.channel),
                                role: .title, right: c.money(o.paid), rightRole: .title))
        var times = c.t(.createdAt) + " " + c.calendar.dayLabel(o.createdAt) + " " + c.calendar.timeLabel(o.createdAt, seconds: true)
        if let paid = o.paidAt {
            // An order left unpaid past midnight is paid on another day than it was created: say which.
            let day = c.calendar.dayNumber(paid) == c.calendar.dayNumber(o.createdAt) ? "" : c.calendar.dayLabel(paid) + " "
            times += sep + c.t(.paidAt) + " " + day + c.calendar.timeLabel(paid, seconds: true)
        }
        lines.append(DetailLine(text: times, role: .muted))

        section(c.t(.customer) + (d.revealed ? "  [" + c.t(.revealed) + "]" : "  [" + c.t(.masked) + "]"))
        field(c.t(.nickname), o.nickname.map { c.nickname($0) } ?? c.glyphs.dash)
        let shownInFull = d.revealed && !c.state.isPrivate
        field(c.t(.phone), c.phone(o.phone, revealed: d.revealed), role: shownInFull ? .warn : .text)
        if let city = o.city { field(c.t(.city), c.clean(city)) }
        if let address = o.address {
            let shown = d.revealed || address.hasSuffix("****") ? address : Masking.address(address)
            field(c.t(.address), c.state.isPrivate ? c.hidden : c.clean(shown), role: shownInFull ? .warn : .text)
        }
        if let remark = o.remark, !remark.isEmpty { field(c.t(.remark), c.clean(remark)) }

        section(c.t(.items))
        for item in o.items {
            lines.append(DetailLine(text: "  " + c.clean(item.name) + (c.glyphs.isUnicode ? " × " : " x ") + "\(item.qty)" + "  @" + c.money(item.unit),
                                    right: c.money(item.lineTotal)))
        }
        if o.items.isEmpty { lines.append(DetailLine(text: "  " + c.glyphs.dash, role: .muted)) }

        section(c.t(.payment))
        lines.append(DetailLine(text: "  " + c.t(.total), right: c.money(o.total)))
        if o.discount.fen != 0 {
            lines.append(DetailLine(text: "  " + c.t(.discount), right: "-" + c.money(o.discount), rightRole: .good))
        }
        lines.append(DetailLine(text: "  " + c.t(.paidAmount), role: .title, right: c.money(o.paid), rightRole: .title))
        if let tx = o.transactionId { field(c.t(.transactionId), c.clean(tx), role: .muted) }

        if d.redemption != nil || o.coupon != nil {
            section(c.t(.coupon))
            let name = d.couponName ?? o.coupon ?? ""
            let batch = d.redemption.map { " (\($0.batchId))" } ?? ""
            lines.append(DetailLine(text: "  " + c.clean(name + batch),
                                    right: d.redemption.map { "-" + c.money($0.discount) }, rightRole: .good))
        }

        if !d.refunds.isEmpty {
            section(c.t(.refunds))
            for r in d.refunds {
                var text = "  " + c.stamp(r.requestedAt) + "  " + c.strings.refundStatus(r.status)
                if let reason = r.reason, !reason.isEmpty { text += sep + c.clean(reason) }
                lines.append(DetailLine(text: text, role: r.status == .succeeded ? .bad : .warn,
                                        right: c.money(r.amount), rightRole: .bad))
            }
        }

        section(c.t(.logisticsTrail))
        if d.shipments.isEmpty {
            lines.append(DetailLine(text: "  " + c.t(.notShipped), role: .muted))
        } else {
            let byParcel = Dictionary(grouping: d.shipments, by: \.trackingNo)
            for tracking in byParcel.keys.sorted() {
                let events = byParcel[tracking]!.sorted { $0.at < $1.at }
                lines.append(DetailLine(text: "  " + c.clean(events[0].carrier) + " " + c.clean(tracking), role: .accent))
                for e in events {
                    var text = "    " + c.stamp(e.at) + "  " + c.strings.shipmentStatus(e.status)
                    if let detail = e.detail, !detail.isEmpty { text += sep + c.clean(detail) }
                    lines.append(DetailLine(text: text, role: e.status == .exception ? .bad : .text))
                }
            }
        }

        let arrow = c.glyphs.isUnicode ? " → " : " > "
        if !d.statusTrail.isEmpty {
            section(c.t(.statusTrail))
            let steps = d.statusTrail.sorted { $0.at < $1.at }.map { c.stamp($0.at) + " " + c.status($0.status) }
            lines += wrapJoined(steps, separator: arrow, width: width - 2).map { DetailLine(text: "  " + $0, role: .muted) }
        }

        if !d.audit.isEmpty {
            section(c.t(.audit))
            for a in d.audit.sorted(by: { $0.at < $1.at }) {
                var who = c.clean(a.user)
                if let ssh = a.sshClient { who += "@" + c.clean(ssh) }
                var text = "  " + c.stamp(a.at) + "  " + who + "  " + c.clean(a.action)
                if let before = a.before, let after = a.after { text += "  " + c.clean(before) + arrow + c.clean(after) }
                lines.append(DetailLine(text: text, role: .muted))
            }
        }
        return lines
    }

    /// Joins steps with a separator, breaking lines between steps rather than inside them.
    static func wrapJoined(_ parts: [String], separator: String, width: Int) -> [String] {
        var out: [String] = []
        var line = ""
        for part in parts {
            let candidate = line.isEmpty ? part : line + separator + part
            if !line.isEmpty && TextWidth.columns(candidate) > width {
                out.append(line + separator.trimmingCharacters(in: .whitespaces))
                line = part
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { out.append(line) }
        return out
    }
}
