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
    /// New feed rows after the state's `feedCursor`, oldest first.
    case feed([FeedRow])
    case searchResults(query: String, [OrderSummary])
    case orderDetail(OrderDetail?)
    case couponResult(Result<String, EffectError>)
    case failed(String)
}
