import Foundation
import GRDB
import ShopModel

extension ShopStore {
    /// Applies events in one write transaction and says what happened to each, in order.
    ///
    /// Idempotent: an event already in the store (by the key its type documents in ShopModel)
    /// is `.duplicate` and changes nothing. Refunds, coupon batches and live sessions are the
    /// exception that proves it: a later event with the same key and new values updates the row
    /// and counts as accepted. Rollups change in the same transaction as the rows they summarise.
    public func apply(_ events: [ShopEvent]) throws -> [ApplyResult] {
        try apply(events, auditedAs: nil)
    }

    /// With `auditedAs` (an ingest), a coupon batch line that changes a stored batch's name,
    /// status, quota or end also writes an audit row for that actor, in the same transaction.
    public func apply(_ events: [ShopEvent], auditedAs actor: Actor?) throws -> [ApplyResult] {
        if readOnly { throw StoreError.readOnly(path) }
        let calendar = self.calendar
        let audit = actor.map { CouponBatchAudit(actor: $0, at: Int64(Date().timeIntervalSince1970)) }
        return try pool.write { db in
            let writer = EventWriter(db: db, calendar: calendar, audit: audit)
            var results: [ApplyResult] = []
            results.reserveCapacity(events.count)
            var changed = Set<StoreChange>()
            for event in events {
                let result = try writer.apply(event)
                if result == .accepted {
                    changed.insert(event.change)
                    if let t = event.latestTime { writer.rollups.saw(t) }
                }
                results.append(result)
            }
            try writer.flushRollups()
            try ChangeMarks.mark(changed, db)
            return results
        }
    }
}
