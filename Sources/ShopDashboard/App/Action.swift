import ShopModel

/// Why an effect failed, in words for the status bar.
public struct EffectError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// Everything that can happen to the dashboard.
public enum Action: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case tick(now: Int64)
    case data(DashboardData)
    /// Feed rows after the state's `feedCursor`: new orders and later states of known ones.
    /// `cursor` is where the store's feed stood when it is further than the rows' largest `seq`:
    /// the first load reads it, so that the next read does not bring back older changes to orders
    /// that are not among the rows.
    case feed([FeedRow], cursor: Int64? = nil)
    case searchResults(query: String, OrderMatches)
    case orderDetail(OrderDetail?)
    case couponResult(Result<String, EffectError>)
    case failed(String)
}
