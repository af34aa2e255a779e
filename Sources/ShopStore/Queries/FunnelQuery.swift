import GRDB
import ShopModel

extension ShopStore {
    /// Distinct people at each step within the window: visitors (visits started), carted
    /// (add-to-cart events), ordered (orders created) and paid (orders paid). Each step is counted
    /// on its own, so someone who paid without a recorded visit still counts as paid.
    public func funnel(window: TimeWindow) throws -> Funnel {
        try pool.read { db in
            let args: StatementArguments = [window.start, window.end]
            let visitors = try VisitReader.distinctVisitors(db, window, calendar: calendar)
            let carted = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT visitor) FROM cart_events WHERE at >= ? AND at < ?
                """, arguments: args) ?? 0
            let ordered = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT customer) FROM orders WHERE created_at >= ? AND created_at < ?
                """, arguments: args) ?? 0
            let paid = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT customer) FROM orders WHERE paid_at >= ? AND paid_at < ?
                """, arguments: args) ?? 0
            return Funnel(visitors: visitors, carted: carted, ordered: ordered, paid: paid)
        }
    }
}
