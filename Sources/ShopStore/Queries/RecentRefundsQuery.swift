import GRDB
import ShopModel

extension ShopStore {
    /// Refunds requested in `since...until`, newest first: an index range as long as the window
    /// is short, for the refund-burst alert on every pane.
    public func recentRefunds(since: Int64, until: Int64, limit: Int) throws -> [RefundRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.refundColumns("r")) FROM refunds r
                WHERE r.requested_at BETWEEN ? AND ? ORDER BY r.requested_at DESC, r.refund_no LIMIT ?
                """, arguments: [since, until, max(0, limit)]).map(Self.refund)
        }
    }
}
