import ShopModel
import ShopStore

/// The JSON shapes the commands share, so that money, orders and audit rows look the same everywhere.
/// Money is {"yuan": "128.50", "fen": 12850}; times are Unix seconds.
enum JSONShapes {
    static func money(_ m: Money) -> JSONOut {
        .object([("yuan", .string(m.yuanString)), ("fen", .int(m.fen))])
    }

    static func money(_ m: Money?) -> JSONOut { m.map(money) ?? .null }

    static func audit(_ e: AuditEntry) -> JSONOut {
        .object([
            ("id", .int(e.id)),
            ("at", .int(e.at)),
            ("user", .string(e.user)),
            ("ssh_client", .optional(e.sshClient)),
            ("role", .string(e.role.rawValue)),
            ("action", .string(e.action)),
            ("target", .string(e.target)),
            ("before", .optional(e.before)),
            ("after", .optional(e.after)),
        ])
    }

    static func couponBatch(_ b: CouponBatchRecord) -> [(String, JSONOut)] {
        [
            ("batch_id", .string(b.batchId)),
            ("name", .string(b.name)),
            ("kind", .string(b.kind.rawValue)),
            ("value", money(b.value)),
            ("percent_off", b.percentOff.map { .int($0) } ?? .null),
            ("min_spend", money(b.minSpend)),
            ("quota", .int(b.quota)),
            ("status", .string(b.status.rawValue)),
            ("starts_at", .int(b.startsAt)),
            ("ends_at", .int(b.endsAt)),
            ("system", .string(b.system.rawValue)),
            ("remote_id", .optional(b.remoteId)),
        ]
    }
}
