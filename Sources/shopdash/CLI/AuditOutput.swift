import ShopModel

enum AuditOutput {
    /// "2026-11-25 14:05:03  root@10.0.0.8 (operator)  coupon.pause coupon:B1  {"status":"running"} -> {"status":"paused"}"
    static func line(_ e: AuditEntry, calendar: ShopCalendar) -> String {
        let who = e.user + (e.sshClient.map { "@" + $0 } ?? "") + " (\(e.role.rawValue))"
        var change = ""
        if e.before != nil || e.after != nil { change = "  \(e.before ?? "-") -> \(e.after ?? "-")" }
        return "  \(calendar.stamp(e.at))  \(who)  \(e.action) \(e.target)\(change)"
    }
}
