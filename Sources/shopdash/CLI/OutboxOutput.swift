import ShopModel
import ShopStore

/// The coupon outbox as the CLI shows it: one row per change, newest first.
enum OutboxOutput {
    static func age(_ seconds: Int64) -> String {
        let s = max(seconds, 0)
        if s < 120 { return "\(s) s" }
        if s < 7_200 { return "\(s / 60) min" }
        if s < 172_800 { return "\(s / 3_600) h" }
        return "\(s / 86_400) d"
    }

    /// "pending 3 s", "delivered", "failed: reason": the words the pane uses too.
    static func state(_ e: CouponOutboxEntry, now: Int64) -> String {
        switch e.state {
        case .pending: return "pending \(age(now - e.createdAt))"
        case .delivered: return "delivered"
        case .failed: return "failed: \(e.reason ?? "?")"
        }
    }

    static func table(_ entries: [CouponOutboxEntry], now: Int64) -> [String] {
        var table = TextTable(["CHANGE", "BATCH", "SYSTEM", "REMOTE", "ACTION", "STATE", "AGE", "TRIES", "REASON"])
        for e in entries {
            table.add(["#\(e.id)", e.batchId, e.system.rawValue, e.remoteId ?? "-", e.action.rawValue, e.state.rawValue,
                       age(now - e.createdAt), "\(e.attempts)", e.reason ?? ""])
        }
        return table.lines
    }

    static func json(_ e: CouponOutboxEntry, now: Int64) -> JSONOut {
        .object([
            ("change", .int(Int(e.id))),
            ("request_id", .string(e.requestId)),
            ("batch_id", .string(e.batchId)),
            ("system", .string(e.system.rawValue)),
            ("remote_id", e.remoteId.map { .string($0) } ?? .null),
            ("action", .string(e.action.rawValue)),
            ("state", .string(e.state.rawValue)),
            ("age_seconds", .int(Int(max(now - e.createdAt, 0)))),
            ("attempts", .int(e.attempts)),
            ("next_attempt_at", .int(Int(e.nextAttemptAt))),
            ("reason", e.reason.map { .string($0) } ?? .null),
            ("answer", e.answer.map { .string($0) } ?? .null),
        ])
    }
}
