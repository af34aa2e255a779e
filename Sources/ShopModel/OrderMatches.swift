/// The orders a search found, newest first, and how many match in all. Counting stops at
/// `countLimit`, so a query that matches half the store still answers in a few milliseconds and
/// reads "200 of 10,000+".
public struct OrderMatches: Sendable, Hashable {
    public static let countLimit = 10_000

    public var orders: [OrderSummary]
    /// All matching orders, or `countLimit` when there are more.
    public var total: Int
    /// True when more than `countLimit` orders match.
    public var moreThanTotal: Bool

    public init(orders: [OrderSummary], total: Int, moreThanTotal: Bool = false) {
        self.orders = orders; self.total = max(total, orders.count); self.moreThanTotal = moreThanTotal
    }

    /// Every match is in `orders`.
    public var isComplete: Bool { !moreThanTotal && total <= orders.count }
}
