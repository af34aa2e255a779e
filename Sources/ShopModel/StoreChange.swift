/// What a write to the store can change, as far as what the dashboard shows is concerned. Every
/// write transaction marks the kinds it touched, so a reader that saw the store change can tell
/// which of its figures are still good.
public enum StoreChange: String, CaseIterable, Sendable, Hashable {
    /// Orders placed, paid or changing status.
    case orders
    case refunds
    case shipments
    case visits
    case carts
    /// Coupon batches (events and changes made in shopdash), coupons issued and redeemed.
    case coupons
    case liveSessions = "live_sessions"
    /// Audit rows of reads (an order revealed) and integrity checks: nothing a pane charts.
    case records
}

/// How often each kind of change has been marked: two readings that differ in a kind mean that
/// kind changed in between.
public struct StoreChangeMarks: Sendable, Equatable {
    public var counts: [StoreChange: Int64]

    public init(_ counts: [StoreChange: Int64] = [:]) { self.counts = counts }

    /// The kinds marked since `earlier`.
    public func changed(since earlier: StoreChangeMarks) -> Set<StoreChange> {
        Set(StoreChange.allCases.filter { counts[$0] != earlier.counts[$0] })
    }
}

extension ShopEvent {
    /// The kind of change applying this event makes.
    public var change: StoreChange {
        switch self {
        case .order, .orderStatus: .orders
        case .refund: .refunds
        case .shipment: .shipments
        case .visit: .visits
        case .addToCart: .carts
        case .couponBatch, .couponIssued, .couponRedeemed: .coupons
        case .liveSession: .liveSessions
        }
    }
}
