import GRDB
import ShopModel

extension ShopStore {
    /// Distinct people at each step within the window: visitors (visits started), carted
    /// (add-to-cart events), ordered (orders created) and paid (orders paid). Each step is counted
    /// on its own, so someone who paid without a recorded visit still counts as paid.
    public func funnel(window: TimeWindow) throws -> Funnel {
        try pool.read { db in
            let visitors = try ReachReader.count(db, .visitor, window, calendar: calendar)
            let carted = try ReachReader.count(db, .carter, window, calendar: calendar)
            let ordered = try ReachReader.count(db, .orderer, window, calendar: calendar)
            let paid = try ReachReader.count(db, .buyer, window, calendar: calendar)
            return Funnel(visitors: visitors, carted: carted, ordered: ordered, paid: paid)
        }
    }
}
