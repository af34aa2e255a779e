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
        if readOnly { throw StoreError.readOnly(path) }
        let calendar = self.calendar
        return try pool.write { db in
            let writer = EventWriter(db: db, calendar: calendar)
            var results: [ApplyResult] = []
            results.reserveCapacity(events.count)
            for event in events {
                let result = try writer.apply(event)
                if result == .accepted, let t = event.latestTime { writer.rollups.saw(t) }
                results.append(result)
            }
            try writer.flushRollups()
            return results
        }
    }
}
