import Foundation
import GRDB
import ShopModel

/// The coupon outbox: changes to batches that live in another system, written in the same
/// transaction as their audit row and kept until that system confirmed or refused them. It lives
/// in the store, so a change survives a restart of every shopdash process.
enum CouponOutbox {
    static let migration = "coupon-systems-outbox"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE coupon_batches ADD COLUMN system TEXT NOT NULL DEFAULT 'local';
            ALTER TABLE coupon_batches ADD COLUMN remote_id TEXT;

            -- state: pending, delivered or failed. claimed_until keeps two senders off one row:
            -- a sender that dies leaves its claim to run out, and the change is tried again.
            CREATE TABLE coupon_outbox (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              request_id TEXT NOT NULL UNIQUE,
              batch_id TEXT NOT NULL,
              system TEXT NOT NULL,
              remote_id TEXT,
              action TEXT NOT NULL,
              target TEXT NOT NULL,
              state TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              created_at INTEGER NOT NULL,
              updated_at INTEGER NOT NULL,
              next_at INTEGER NOT NULL,
              claimed_until INTEGER,
              answer TEXT,
              reason TEXT
            );
            CREATE INDEX coupon_outbox_due ON coupon_outbox(state, next_at);
            CREATE INDEX coupon_outbox_batch ON coupon_outbox(batch_id, id);
            """)
    }

    static let columns = """
        id, request_id, batch_id, system, remote_id, action, target, state, attempts, created_at,
        updated_at, next_at, answer, reason
        """

    /// A row whose stored words or target no longer decode is reported as failed with the reason,
    /// rather than trapping or being skipped.
    static func entry(_ row: Row) -> CouponOutboxEntry {
        let batchId: String = row["batch_id"]
        var problem: String?
        let system = (row["system"] as String?).flatMap(CouponSystem.init(rawValue:))
        let action = (row["action"] as String?).flatMap(CouponChangeAction.init(rawValue:))
        let targetText: String = row["target"] ?? ""
        let target = try? JSONDecoder().decode(CouponBatchRecord.self, from: Data(targetText.utf8))
        if system == nil || action == nil || target == nil { problem = "outbox row cannot be read" }
        let state = problem == nil ? (row["state"] as String?).flatMap(CouponDeliveryState.init(rawValue:)) ?? .failed : .failed
        return CouponOutboxEntry(
            id: row["id"], requestId: row["request_id"], batchId: batchId, system: system ?? .local,
            remoteId: row["remote_id"], action: action ?? .pause,
            target: target ?? CouponBatchRecord(batchId: batchId, name: "", kind: .fixed, value: .zero, quota: 0,
                                                startsAt: 0, endsAt: 0),
            state: state, attempts: row["attempts"], createdAt: row["created_at"], updatedAt: row["updated_at"],
            nextAttemptAt: row["next_at"], answer: row["answer"], reason: problem ?? row["reason"])
    }

    static func encodeTarget(_ record: CouponBatchRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// Writes a pending change. The caller holds the write transaction of the audit row.
    static func enqueue(_ db: Database, batch: CouponBatchRecord, action: CouponChangeAction,
                        target: CouponBatchRecord, now: Int64) throws -> Int64 {
        if let open = try Int64.fetchOne(db, sql: """
            SELECT id FROM coupon_outbox WHERE batch_id = ? AND state = 'pending' LIMIT 1
            """, arguments: [batch.batchId]) {
            throw StoreError.invalid("coupon batch \(batch.batchId) still has change #\(open) waiting for \(batch.system.rawValue); wait for it, or see shopdash coupons outbox")
        }
        try db.execute(sql: """
            INSERT INTO coupon_outbox (request_id, batch_id, system, remote_id, action, target, state,
              attempts, created_at, updated_at, next_at)
            VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)
            """, arguments: [requestId(), batch.batchId, batch.system.rawValue, batch.remoteId, action.rawValue,
                             try encodeTarget(target), now, now, now])
        return db.lastInsertedRowID
    }

    /// The latest change of each batch that has one; an older store without the table has none.
    static func lastByBatch(_ db: Database) throws -> [String: CouponOutboxEntry] {
        guard try db.tableExists("coupon_outbox") else { return [:] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM coupon_outbox
            WHERE id IN (SELECT max(id) FROM coupon_outbox GROUP BY batch_id)
            """)
        var byBatch: [String: CouponOutboxEntry] = [:]
        for row in rows { let e = entry(row); byBatch[e.batchId] = e }
        return byBatch
    }

    /// 32 characters, letters and digits only: WeChat Pay's out_request_no takes no more and no other.
    static func requestId() -> String {
        UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }
}
