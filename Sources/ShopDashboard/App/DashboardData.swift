import ShopModel

/// The pieces of `DashboardData` a request can ask for, so a partial load never blanks the rest.
public enum DataPart: String, CaseIterable, Sendable, Hashable {
    case kpis, sales, channels, liveSessions, coupons, visits, funnel, retention, logistics
    /// Refunds requested within the refund-burst window: a few rows, whatever the store holds.
    case recentRefunds
}

/// What the runner loaded from the store. nil or empty means "not loaded yet".
public struct DashboardData: Sendable {
    public var kpis: KPISnapshot?
    public var sales: SalesSeries?
    public var channels: [ChannelSlice]
    public var liveSessions: [LiveSessionStats]
    public var coupons: [CouponBatchStats]
    public var visits: VisitStats?
    public var funnel: Funnel?
    public var retention: [RetentionCohort]
    public var logistics: LogisticsStats?
    /// Refunds requested within `AlertsState.burstWindow` of `loadedAt`, newest first.
    public var recentRefunds: [RefundRecord] = []
    /// The `now` the snapshots were computed for.
    public var loadedAt: Int64
    /// Which fields this value carries; the others keep what the state already had.
    public var parts: Set<DataPart>

    public init(kpis: KPISnapshot? = nil, sales: SalesSeries? = nil, channels: [ChannelSlice] = [],
                liveSessions: [LiveSessionStats] = [], coupons: [CouponBatchStats] = [], visits: VisitStats? = nil,
                funnel: Funnel? = nil, retention: [RetentionCohort] = [], logistics: LogisticsStats? = nil,
                loadedAt: Int64 = 0, parts: Set<DataPart> = Set(DataPart.allCases)) {
        self.kpis = kpis; self.sales = sales; self.channels = channels; self.liveSessions = liveSessions
        self.coupons = coupons; self.visits = visits; self.funnel = funnel; self.retention = retention
        self.logistics = logistics; self.loadedAt = loadedAt; self.parts = parts
    }

    public static let empty = DashboardData(parts: [])

    /// `newer` replaces the parts it carries.
    public func merged(with newer: DashboardData) -> DashboardData {
        var out = self
        for part in newer.parts {
            switch part {
            case .kpis: out.kpis = newer.kpis
            case .sales: out.sales = newer.sales
            case .channels: out.channels = newer.channels
            case .liveSessions: out.liveSessions = newer.liveSessions
            case .coupons: out.coupons = newer.coupons
            case .visits: out.visits = newer.visits
            case .funnel: out.funnel = newer.funnel
            case .retention: out.retention = newer.retention
            case .logistics: out.logistics = newer.logistics
            case .recentRefunds: out.recentRefunds = newer.recentRefunds
            }
        }
        out.parts.formUnion(newer.parts)
        out.loadedAt = max(loadedAt, newer.loadedAt)
        return out
    }
}
