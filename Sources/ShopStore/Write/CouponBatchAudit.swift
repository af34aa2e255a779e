import Foundation
import GRDB
import ShopModel

/// A `coupon_batch` line that changes a batch already in the store stops, renames or resizes it as
/// surely as `shopdash coupons`, so it is audited as one: the person running the ingest, and in
/// place of a client address the input it came from (`ingest:FILE`).
struct CouponBatchAudit {
    var actor: Actor
    var at: Int64

    /// The audited fields of the batch as stored, or nil for a batch not seen yet (its creation is
    /// the feed's own business, as for every other first event).
    static func fields(of batchId: String, in writer: EventWriter) throws -> [String: AuditValue]? {
        guard let row = try writer.row("SELECT name, status, quota, ends_at FROM coupon_batches WHERE batch_id = ?",
                                       [batchId]) else { return nil }
        return ["name": .text(row[0]), "status": .text(row[1]), "quota": .number(row[2]), "ends_at": .number(row[3])]
    }

    static func fields(of batch: CouponBatchRecord) -> [String: AuditValue] {
        ["name": .text(batch.name), "status": .text(batch.status.rawValue),
         "quota": .number(Int64(batch.quota)), "ends_at": .number(batch.endsAt)]
    }

    /// One row with the fields that differ, before and after; nothing when none of them did.
    func record(_ db: Database, batchId: String, before: [String: AuditValue], after: [String: AuditValue]) throws {
        let changed = before.keys.filter { before[$0] != after[$0] }
        guard !changed.isEmpty else { return }
        try AuditWriter.record(db, actor: actor, at: at, action: "coupon.ingest", target: AuditWriter.couponTarget(batchId),
                               before: try AuditWriter.json(before.filter { changed.contains($0.key) }),
                               after: try AuditWriter.json(after.filter { changed.contains($0.key) }))
    }
}
