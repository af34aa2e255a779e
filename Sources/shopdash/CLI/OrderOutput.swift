import ShopDashboard
import ShopModel
import ShopStore

/// How orders print: text for people, JSON with fixed keys for scripts.
enum OrderOutput {
    static func table(_ orders: [OrderSummary], calendar: ShopCalendar) -> [String] {
        var table = TextTable(["CREATED", "ORDER", "NICKNAME", "PHONE", "AMOUNT", "STATUS", "CHANNEL", "ITEMS"])
        for o in orders {
            table.add([calendar.stamp(o.createdAt), o.outTradeNo, o.nickname ?? "-", o.phone ?? "-", o.amount.display,
                       o.status.rawValue, o.channel.rawValue, o.itemsSummary])
        }
        return table.lines
    }

    /// The line under a capped list: "20 of 1,072 orders (--limit shows more)".
    static func capped(_ m: OrderMatches) -> String {
        let total = Format.count(m.total) + (m.moreThanTotal ? "+" : "")
        return "\(Format.count(m.orders.count)) of \(total) orders (--limit shows more)"
    }

    static func json(_ o: OrderSummary) -> JSONOut {
        .object([
            ("out_trade_no", .string(o.outTradeNo)),
            ("transaction_id", .optional(o.transactionId)),
            ("created_at", .int(o.createdAt)),
            ("nickname", .optional(o.nickname)),
            ("phone", .optional(o.phone)),
            ("items", .string(o.itemsSummary)),
            ("amount", JSONShapes.money(o.amount)),
            ("status", .string(o.status.rawValue)),
            ("channel", .string(o.channel.rawValue)),
        ])
    }

    static func lines(_ d: OrderDetail, calendar: ShopCalendar) -> [String] {
        let o = d.order
        func at(_ t: Int64?) -> String { t.map(calendar.stamp) ?? "-" }
        var out = ["Order \(o.outTradeNo)  \(o.status.rawValue)  \(o.paid.display)"]
        var facts: [(String, String)] = [
            ("Transaction", o.transactionId ?? "-"),
            ("Created", at(o.createdAt)),
            ("Paid", at(o.paidAt)),
            ("Customer", [o.nickname, o.customer.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")),
            ("Phone", (o.phone ?? "-") + (d.revealed ? "" : o.phone == nil ? "" : "  (masked; --reveal to show)")),
            ("City", o.city ?? "-"),
            ("Address", o.address ?? "-"),
            ("Channel", o.channel.rawValue + (o.liveSession.map { "  live session \($0)" } ?? "")),
        ]
        if let remark = o.remark { facts.append(("Remark", remark)) }
        out += facts.map { "  " + $0.0.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.1 }

        out.append("Items")
        var items = TextTable(["  SKU", "NAME", "QTY", "UNIT", "LINE"])
        for i in o.items { items.add(["  " + i.sku, i.name, "\(i.qty)", i.unit.display, i.lineTotal.display]) }
        out += o.items.isEmpty ? ["  (none recorded)"] : items.lines

        out.append("Payment")
        out.append("  Total \(o.total.display)  Discount \(o.discount.display)  Paid \(o.paid.display)")

        out.append("Coupon")
        if let r = d.redemption {
            out.append("  \(d.couponName ?? r.batchId) [\(r.batchId)]  -\(r.discount.display)  at \(at(r.at))")
        } else if let c = o.coupon {
            out.append("  \(d.couponName ?? c) [\(c)]")
        } else {
            out.append("  none")
        }

        out.append("Status trail")
        out += d.statusTrail.isEmpty ? ["  (none recorded)"] : d.statusTrail.map { "  \(at($0.at))  \($0.status.rawValue)" }

        out.append("Refunds")
        out += d.refunds.isEmpty ? ["  none"] : d.refunds.map { r in
            "  \(r.refundNo)  \(r.amount.display)  \(r.status.rawValue)  requested \(at(r.requestedAt))"
                + (r.succeededAt.map { "  succeeded \(at($0))" } ?? "") + (r.reason.map { "  reason: \($0)" } ?? "")
        }

        out.append("Logistics")
        out += d.shipments.isEmpty ? ["  not shipped"] : d.shipments.map { s in
            "  \(at(s.at))  \(s.carrier) \(s.trackingNo)  \(s.status.rawValue)" + (s.detail.map { "  \($0)" } ?? "")
        }

        out.append("Audit")
        out += d.audit.isEmpty ? ["  none"] : d.audit.map { AuditOutput.line($0, calendar: calendar) }
        return out
    }

    static func json(_ d: OrderDetail) -> JSONOut {
        let o = d.order
        return .object([
            ("out_trade_no", .string(o.outTradeNo)),
            ("transaction_id", .optional(o.transactionId)),
            ("status", .string(o.status.rawValue)),
            ("created_at", .int(o.createdAt)),
            ("paid_at", .optional(o.paidAt)),
            ("customer", .optional(o.customer)),
            ("nickname", .optional(o.nickname)),
            ("phone", .optional(o.phone)),
            ("city", .optional(o.city)),
            ("address", .optional(o.address)),
            ("revealed", .bool(d.revealed)),
            ("channel", .string(o.channel.rawValue)),
            ("live_session", .optional(o.liveSession)),
            ("remark", .optional(o.remark)),
            ("total", JSONShapes.money(o.total)),
            ("discount", JSONShapes.money(o.discount)),
            ("paid", JSONShapes.money(o.paid)),
            ("items", .array(o.items.map { i in
                .object([("sku", .string(i.sku)), ("name", .string(i.name)), ("qty", .int(i.qty)),
                         ("unit", JSONShapes.money(i.unit)), ("line_total", JSONShapes.money(i.lineTotal))])
            })),
            ("coupon", couponJSON(d)),
            ("status_trail", .array(d.statusTrail.map { .object([("status", .string($0.status.rawValue)), ("at", .int($0.at))]) })),
            ("refunds", .array(d.refunds.map { r in
                .object([("refund_no", .string(r.refundNo)), ("wechat_refund_id", .optional(r.wechatRefundId)),
                         ("amount", JSONShapes.money(r.amount)), ("reason", .optional(r.reason)),
                         ("status", .string(r.status.rawValue)), ("requested_at", .int(r.requestedAt)),
                         ("succeeded_at", .optional(r.succeededAt))])
            })),
            ("shipments", .array(d.shipments.map { s in
                .object([("tracking_no", .string(s.trackingNo)), ("carrier", .string(s.carrier)),
                         ("status", .string(s.status.rawValue)), ("at", .int(s.at)), ("detail", .optional(s.detail))])
            })),
            ("audit", .array(d.audit.map(JSONShapes.audit))),
        ])
    }

    private static func couponJSON(_ d: OrderDetail) -> JSONOut {
        if let r = d.redemption {
            return .object([("batch_id", .string(r.batchId)), ("name", .optional(d.couponName)),
                            ("coupon_id", .optional(r.couponId)), ("discount", JSONShapes.money(r.discount)),
                            ("at", .int(r.at))])
        }
        if let c = d.order.coupon {
            return .object([("batch_id", .string(c)), ("name", .optional(d.couponName)), ("coupon_id", .null),
                            ("discount", .null), ("at", .null)])
        }
        return .null
    }
}
