import ShopModel

/// Something the operator should look at now.
public enum AlertKind: Sendable, Equatable {
    case bigOrder(outTradeNo: String, amount: Money, nickname: String)
    case refundBurst(count: Int)
}

public struct AlertItem: Sendable, Equatable {
    public var kind: AlertKind
    public var at: Int64
    public init(kind: AlertKind, at: Int64) { self.kind = kind; self.at = at }
}

/// Raised alerts and what is needed to avoid raising the same one twice.
public struct AlertsState: Sendable, Equatable {
    /// Newest first.
    public var items: [AlertItem] = []
    /// Raised since the operator last acknowledged.
    public var unseen: Int = 0
    /// Orders already alerted as big.
    var alertedOrders: Set<String> = []
    /// Refund times by order no, for the burst window.
    var recentRefunds: [String: Int64] = [:]
    var lastBurstAt: Int64?

    public static let burstWindow: Int64 = 300
    /// Orders older than this when they reach the dashboard are history, not news.
    public static let freshness: Int64 = 300
    /// How old an order first seen already refunded may be and still count toward a burst.
    public static let refundLookback: Int64 = 86_400
    static let keep = 50

    public init() {}

    mutating func raise(_ item: AlertItem) {
        items.insert(item, at: 0)
        if items.count > Self.keep { items.removeLast(items.count - Self.keep) }
        unseen += 1
    }
}
