import Foundation
import GRDB
import ShopModel

/// How one delivery attempt ended, as a sender reports it back to the store.
public enum CouponDeliveryOutcome: Sendable, Equatable {
    /// The remote system confirmed the change; `remoteId` is the id it gave a new batch.
    case delivered(answer: String, remoteId: String?)
    /// The remote system refused it, or it can never succeed: the batch stays as it was.
    case failed(reason: String)
    /// It may still succeed: try again at `at`.
    case retry(reason: String, at: Int64)
}

/// Retries wait 2, 4, 8... seconds, at most five minutes, so a remote outage is not hammered
/// and a short blip costs seconds.
public enum CouponRetry {
    public static let maxDelay: Int64 = 300

    public static func delay(afterAttempts attempts: Int) -> Int64 {
        let exponent = min(max(attempts, 1), 9)
        return min(Int64(1) << Int64(exponent), maxDelay)
    }
}

extension ShopStore {
    /// Takes up to `limit` due pending changes for one sender for `lease` seconds and counts the
    /// attempt. Another sender skips them until the lease runs out, so a sender that died frees
    /// its changes without anyone's help. `batchId` narrows it to one batch, `systems` to the
    /// systems the caller can reach: a sender without WeChat Pay settings leaves those changes alone.
    public func claimCouponChanges(now: Int64, lease: Int64 = 60, limit: Int = 20, batchId: String? = nil,
                                   systems: Set<CouponSystem>? = nil) throws -> [CouponOutboxEntry] {
        guard !readOnly else { throw StoreError.refused("\(path) is open read-only") }
        return try pool.write { db in
            var sql = """
                SELECT \(CouponOutbox.columns) FROM coupon_outbox
                WHERE state = 'pending' AND next_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
                """
            var arguments: StatementArguments = [now, now]
            if let batchId { sql += " AND batch_id = ?"; arguments += [batchId] }
            if let systems {
                let names = systems.map(\.rawValue).sorted()
                sql += " AND system IN (\(names.map { _ in "?" }.joined(separator: ", ")))"
                arguments += StatementArguments(names)
            }
            sql += " ORDER BY id LIMIT ?"
            arguments += [max(limit, 0)]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            // A pass that finds nothing due writes nothing, so an idle courier never looks like a change.
            if !rows.isEmpty { try ChangeMarks.mark([.coupons], db) }
            var claimed: [CouponOutboxEntry] = []
            for row in rows {
                var entry = CouponOutbox.entry(row)
                if entry.state != .pending {
                    try Self.finish(db, entry, .failed(reason: entry.reason ?? "outbox row cannot be read"), now: now)
                    continue
                }
                try db.execute(sql: """
                    UPDATE coupon_outbox SET attempts = attempts + 1, claimed_until = ?, updated_at = ? WHERE id = ?
                    """, arguments: [now + lease, now, entry.id])
                entry.attempts += 1
                claimed.append(entry)
            }
            return claimed
        }
    }

    /// Records how an attempt ended. A delivered change is applied to the batch in the same
    /// transaction, so the batch shows a change exactly when its system confirmed it. A report on
    /// a change that is no longer pending (another sender finished it) changes nothing.
    @discardableResult
    public func finishCouponChange(_ id: Int64, _ outcome: CouponDeliveryOutcome, now: Int64) throws -> CouponOutboxEntry? {
        guard !readOnly else { throw StoreError.refused("\(path) is open read-only") }
        return try pool.write { db in
            try ChangeMarks.mark([.coupons], db)
            guard let row = try Row.fetchOne(db, sql: "SELECT \(CouponOutbox.columns) FROM coupon_outbox WHERE id = ?",
                                             arguments: [id]) else { throw StoreError.notFound("coupon change #\(id)") }
            let entry = CouponOutbox.entry(row)
            guard entry.state == .pending else { return entry }
            try Self.finish(db, entry, outcome, now: now)
            return try Row.fetchOne(db, sql: "SELECT \(CouponOutbox.columns) FROM coupon_outbox WHERE id = ?",
                                    arguments: [id]).map(CouponOutbox.entry)
        }
    }

    private static func finish(_ db: Database, _ entry: CouponOutboxEntry, _ outcome: CouponDeliveryOutcome, now: Int64) throws {
        switch outcome {
        case .delivered(let answer, let remoteId):
            try db.execute(sql: """
                UPDATE coupon_outbox SET state = 'delivered', answer = ?, reason = NULL, claimed_until = NULL,
                  updated_at = ?, remote_id = coalesce(?, remote_id) WHERE id = ?
                """, arguments: [answer, now, remoteId, entry.id])
            let t = entry.target
            try db.execute(sql: """
                UPDATE coupon_batches SET status = ?, quota = ?, ends_at = ?, remote_id = coalesce(?, remote_id)
                WHERE batch_id = ?
                """, arguments: [t.status.rawValue, t.quota, t.endsAt, remoteId, entry.batchId])
        case .failed(let reason):
            try db.execute(sql: """
                UPDATE coupon_outbox SET state = 'failed', reason = ?, claimed_until = NULL, updated_at = ? WHERE id = ?
                """, arguments: [reason, now, entry.id])
        case .retry(let reason, let at):
            try db.execute(sql: """
                UPDATE coupon_outbox SET reason = ?, next_at = ?, claimed_until = NULL, updated_at = ? WHERE id = ?
                """, arguments: [reason, at, now, entry.id])
        }
    }

    /// The outbox, newest first; `batchId` narrows it to one batch, `state` to one state.
    public func couponChanges(batchId: String? = nil, state: CouponDeliveryState? = nil,
                              limit: Int = 50) throws -> [CouponOutboxEntry] {
        try pool.read { db in
            guard try db.tableExists("coupon_outbox") else { return [] }
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if let batchId { clauses.append("batch_id = ?"); arguments += [batchId] }
            if let state { clauses.append("state = ?"); arguments += [state.rawValue] }
            let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            arguments += [max(limit, 0)]
            return try Row.fetchAll(db, sql: """
                SELECT \(CouponOutbox.columns) FROM coupon_outbox \(whereClause) ORDER BY id DESC LIMIT ?
                """, arguments: arguments).map(CouponOutbox.entry)
        }
    }

    /// The last change of each batch that has one, by batch id: what the pane and `coupons show`
    /// say next to the batch's status.
    public func lastCouponChanges() throws -> [String: CouponOutboxEntry] {
        try pool.read { db in try CouponOutbox.lastByBatch(db) }
    }

    /// One change by its number.
    public func couponChange(_ id: Int64) throws -> CouponOutboxEntry? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(CouponOutbox.columns) FROM coupon_outbox WHERE id = ?",
                             arguments: [id]).map(CouponOutbox.entry)
        }
    }
}
