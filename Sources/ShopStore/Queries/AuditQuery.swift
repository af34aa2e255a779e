import GRDB
import ShopModel

extension ShopStore {
    /// Audit rows newest first, optionally only those at or after `since` and for one target
    /// (e.g. "coupon:B1", "order:T123").
    public func auditLog(since: Int64? = nil, target: String? = nil, limit: Int) throws -> [AuditEntry] {
        try pool.read { db in try Self.auditEntries(db, since: since, target: target, limit: limit) }
    }

    static func auditEntries(_ db: Database, since: Int64?, target: String?, limit: Int) throws -> [AuditEntry] {
        var conditions: [String] = []
        var args: StatementArguments = []
        if let since { conditions.append("at >= ?"); args += [since] }
        if let target { conditions.append("target = ?"); args += [target] }
        args += [limit]
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: """
            SELECT id, at, os_user, ssh_client, role, action, target, before, after FROM audit_log
            \(whereClause) ORDER BY at DESC, id DESC LIMIT ?
            """, arguments: args).map { row in
            AuditEntry(id: row[0], at: row[1], user: row[2], sshClient: row[3],
                       role: (row[4] as String?).flatMap(Role.init(rawValue:)) ?? .support,
                       action: row[5], target: row[6], before: row[7], after: row[8])
        }
    }
}
