import Foundation
import GRDB
import ShopModel

/// Writes audit rows. Callers pass the open write transaction of the change itself, so the row
/// and the change commit or roll back together.
enum AuditWriter {
    static func record(_ db: Database, actor: Actor, at: Int64, action: String, target: String,
                       before: String?, after: String?) throws {
        try db.execute(sql: """
            INSERT INTO audit_log (at, os_user, ssh_client, role, action, target, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [at, actor.user, actor.sshClient, actor.role.rawValue, action, target, before, after])
    }

    static func couponTarget(_ batchId: String) -> String { "coupon:\(batchId)" }
    static func orderTarget(_ outTradeNo: String) -> String { "order:\(outTradeNo)" }

    /// Compact JSON with sorted snake_case keys, so rows read the same in every process.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// A field value in an audit row's before/after object.
enum AuditValue: Encodable, Equatable {
    case text(String)
    case number(Int64)

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let s): try c.encode(s)
        case .number(let n): try c.encode(n)
        }
    }
}

extension Actor {
    /// The person at this terminal as the environment tells it: the user ($USER, $LOGNAME) and, over
    /// SSH, the client's address ($SSH_CLIENT is "ip port port"; $SSH_CONNECTION starts the same).
    public static func current(role: Role, environment: [String: String] = ProcessInfo.processInfo.environment) -> Actor {
        let user = environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
        let ssh = (environment["SSH_CLIENT"] ?? environment["SSH_CONNECTION"])
            .flatMap { $0.split(separator: " ").first.map(String.init) }
        return Actor(user: user, sshClient: ssh, role: role)
    }
}
