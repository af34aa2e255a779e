import ShopModel
import ShopStore

enum CouponOutput {
    /// "满100减20" style terms: what the customer gets.
    static func terms(_ b: CouponBatchRecord) -> String {
        switch b.kind {
        case .fixed: return "\(b.value.display) off" + (b.minSpend.fen > 0 ? " over \(b.minSpend.display)" : "")
        case .percent: return "\(b.percentOff ?? 0)% off" + (b.minSpend.fen > 0 ? " over \(b.minSpend.display)" : "")
        case .threshold: return "\(b.value.display) off over \(b.minSpend.display)"
        }
    }

    /// The system as an operator names it.
    static func systemName(_ system: CouponSystem) -> String {
        switch system {
        case .local: return "shopdash"
        case .wechatpay: return "WeChat Pay"
        case .webhook: return "the shop's backend"
        }
    }

    /// "wechatpay 9865000", "webhook", "local".
    static func systemLabel(_ b: CouponBatchRecord) -> String {
        b.system.rawValue + (b.remoteId.map { " " + $0 } ?? "")
    }

    static func table(_ stats: [CouponBatchStats], now: Int64, calendar: ShopCalendar) -> [String] {
        var table = TextTable(["BATCH", "NAME", "SYSTEM", "TERMS", "STATUS", "ISSUED/QUOTA", "REDEEMED", "DISCOUNT", "GMV", "ENDS"])
        for s in stats {
            table.add([s.batch.batchId, s.batch.name, systemLabel(s.batch), terms(s.batch), s.effectiveStatus(now: now).rawValue,
                       "\(s.issued)/\(s.batch.quota)", "\(s.redeemed)", s.discount.display, s.gmv.display,
                       calendar.stamp(s.batch.endsAt)])
        }
        return table.lines
    }

    static func lines(_ s: CouponBatchStats, change: CouponOutboxEntry?, audit: [AuditEntry], now: Int64,
                      calendar: ShopCalendar) -> [String] {
        let b = s.batch
        var out = ["Coupon batch \(b.batchId)  \(b.name)  \(s.effectiveStatus(now: now).rawValue)"]
        var facts: [(String, String)] = [
            ("System", systemLabel(b)),
            ("Terms", terms(b) + "  (\(b.kind.rawValue))"),
            ("Window", "\(calendar.stamp(b.startsAt)) - \(calendar.stamp(b.endsAt))"),
            ("Issued", "\(s.issued) of \(b.quota)"),
            ("Redeemed", "\(s.redeemed)" + (s.redemptionRate.map { " (\(Int(($0 * 100).rounded()))%)" } ?? "")),
            ("Discount", s.discount.display),
            ("GMV", s.gmv.display),
        ]
        if let change {
            facts.append(("Change", "#\(change.id) \(change.action.rawValue): \(OutboxOutput.state(change, now: now))"))
        }
        out += facts.map { "  " + $0.0.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.1 }
        out.append("Audit")
        out += audit.isEmpty ? ["  none"] : audit.map { AuditOutput.line($0, calendar: calendar) }
        return out
    }

    static func json(_ s: CouponBatchStats, now: Int64) -> JSONOut {
        .object(JSONShapes.couponBatch(s.batch) + [
            ("effective_status", .string(s.effectiveStatus(now: now).rawValue)),
            ("issued", .int(s.issued)),
            ("redeemed", .int(s.redeemed)),
            ("discount", JSONShapes.money(s.discount)),
            ("gmv", JSONShapes.money(s.gmv)),
        ])
    }
}
