import ShopModel

/// Where the keys go on the orders pane.
public enum OrdersFocus: Sendable, Equatable {
    case search, results, detail
}

/// The order search box, its results and the open order.
public struct OrdersState: Sendable, Equatable {
    public var input = LineEdit("", maxLength: 40)
    /// The list, not the box: a pane key pressed right after arriving must still switch panes.
    public var focus: OrdersFocus = .results
    /// The query the results answer (nil before the first search).
    public var query: String?
    public var searching = false
    public var results: [OrderSummary] = []
    /// How many orders the query matches in all; more than `results` when the list is capped.
    public var matched = 0
    /// The store stopped counting at `matched`: there are more.
    public var matchedMore = false
    public var cursor = ListCursor()
    /// The order asked for; `detail` may still be loading.
    public var openOrder: String?
    public var detail: OrderDetail?
    public var detailScroll = 0

    public init() {}
}
