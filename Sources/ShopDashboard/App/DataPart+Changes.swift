import ShopModel

extension DataPart {
    /// The kinds of store change that can move this part's figures: a change of any other kind
    /// leaves it as it was loaded.
    public var changes: Set<StoreChange> {
        switch self {
        case .kpis: [.orders, .visits, .refunds]
        case .sales: [.orders]
        case .channels: [.orders, .visits]
        case .liveSessions: [.orders, .visits, .liveSessions]
        // Redemptions come with orders, and a batch's GMV is that of its paid orders.
        case .coupons: [.coupons, .orders]
        // The visits figures include the sales of each channel.
        case .visits: [.visits, .orders]
        case .funnel: [.visits, .carts, .orders]
        case .retention: [.visits]
        case .logistics: [.orders, .shipments, .refunds]
        case .recentRefunds: [.refunds]
        }
    }
}
