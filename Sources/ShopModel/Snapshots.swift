/// Plain values the store returns and the panes draw. Every one was computed for a given `now`.

/// A time window [start, end) in Unix seconds.
public struct TimeWindow: Sendable, Hashable, Codable {
    public var start: Int64
    public var end: Int64
    public init(start: Int64, end: Int64) { self.start = start; self.end = end }
    public var seconds: Int64 { end - start }
    public func shifted(by seconds: Int64) -> TimeWindow { TimeWindow(start: start + seconds, end: end + seconds) }
    public func contains(_ t: Int64) -> Bool { t >= start && t < end }
}

/// The headline numbers of one window.
public struct KPIValues: Sendable, Hashable, Codable {
    /// Paid amount of orders paid in the window (before refunds).
    public var gmv: Money
    public var paidOrders: Int
    /// Distinct paying customers.
    public var buyers: Int
    public var uv: Int
    public var pv: Int
    /// Refunds that succeeded in the window, by amount and count.
    public var refundAmount: Money
    public var refunds: Int

    public init(gmv: Money = .zero, paidOrders: Int = 0, buyers: Int = 0, uv: Int = 0, pv: Int = 0,
                refundAmount: Money = .zero, refunds: Int = 0) {
        self.gmv = gmv; self.paidOrders = paidOrders; self.buyers = buyers; self.uv = uv; self.pv = pv
        self.refundAmount = refundAmount; self.refunds = refunds
    }

    /// Average order value.
    public var aov: Money { gmv.divided(by: paidOrders) ?? .zero }
    /// 客单价: GMV per paying customer.
    public var perBuyer: Money { gmv.divided(by: buyers) ?? .zero }
    /// Paying customers per visitor, 0...1; nil without visitors.
    public var conversion: Double? { uv == 0 ? nil : Double(buyers) / Double(uv) }
    /// Refunded amount per GMV, 0...; nil without GMV.
    public var refundRate: Double? { gmv.fen == 0 ? nil : Double(refundAmount.fen) / Double(gmv.fen) }
}

/// Today so far, against the same stretch of yesterday and of the same weekday last week.
public struct KPISnapshot: Sendable, Hashable, Codable {
    public var window: TimeWindow
    public var current: KPIValues
    public var yesterday: KPIValues
    public var lastWeek: KPIValues
    /// Hourly buckets of today for sparklines (index 0 = 00:00-01:00 shop time).
    public var hourlyGMV: [Money]
    public var hourlyOrders: [Int]
    public var hourlyUV: [Int]
    /// Distinct paying customers and page views per hour, like the buckets above.
    public var hourlyBuyers: [Int]
    public var hourlyPV: [Int]
    /// Refunds that succeeded per hour, for the refund rate's sparkline.
    public var hourlyRefundAmount: [Money]

    public init(window: TimeWindow, current: KPIValues, yesterday: KPIValues, lastWeek: KPIValues,
                hourlyGMV: [Money] = [], hourlyOrders: [Int] = [], hourlyUV: [Int] = [],
                hourlyBuyers: [Int] = [], hourlyPV: [Int] = [], hourlyRefundAmount: [Money] = []) {
        self.window = window; self.current = current; self.yesterday = yesterday; self.lastWeek = lastWeek
        self.hourlyGMV = hourlyGMV; self.hourlyOrders = hourlyOrders; self.hourlyUV = hourlyUV
        self.hourlyBuyers = hourlyBuyers; self.hourlyPV = hourlyPV; self.hourlyRefundAmount = hourlyRefundAmount
    }
}

public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable {
    case minute, hour, day
    public var seconds: Int64 { switch self { case .minute: 60; case .hour: 3_600; case .day: 86_400 } }
}

/// One bucket of sales.
public struct SalesPoint: Sendable, Hashable, Codable {
    public var start: Int64
    public var gmv: Money
    public var orders: Int
    /// Refunds that succeeded in the bucket (whatever the order's own time).
    public var refundAmount: Money
    public init(start: Int64, gmv: Money, orders: Int, refundAmount: Money = .zero) {
        self.start = start; self.gmv = gmv; self.orders = orders; self.refundAmount = refundAmount
    }
    public var aov: Money { gmv.divided(by: orders) ?? .zero }
}

/// A sales series with the previous period aligned bucket for bucket.
public struct SalesSeries: Sendable, Hashable, Codable {
    public var granularity: Granularity
    public var window: TimeWindow
    public var points: [SalesPoint]
    public var previous: [SalesPoint]
    /// When the store's first paid order was paid: a previous period that starts before it holds
    /// no data for part of its length, so a change against it means nothing.
    public var paidSince: Int64?
    public init(granularity: Granularity, window: TimeWindow, points: [SalesPoint], previous: [SalesPoint],
                paidSince: Int64? = nil) {
        self.granularity = granularity; self.window = window; self.points = points; self.previous = previous
        self.paidSince = paidSince
    }

    /// Whether the store holds data for the whole previous period.
    public var previousIsCovered: Bool {
        guard let first = previous.first?.start else { return false }
        return paidSince.map { $0 <= first } ?? false
    }
}

public struct ChannelSlice: Sendable, Hashable, Codable {
    public var channel: Channel
    public var gmv: Money
    public var orders: Int
    public var visitors: Int
    public init(channel: Channel, gmv: Money, orders: Int, visitors: Int) {
        self.channel = channel; self.gmv = gmv; self.orders = orders; self.visitors = visitors
    }
}

public struct LiveSessionStats: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var startedAt: Int64
    public var endedAt: Int64?
    public var gmv: Money
    public var orders: Int
    public var viewers: Int
    public var perMinute: [SalesPoint]
    public var peak: SalesPoint?
    public init(id: String, title: String, startedAt: Int64, endedAt: Int64?, gmv: Money, orders: Int,
                viewers: Int, perMinute: [SalesPoint], peak: SalesPoint?) {
        self.id = id; self.title = title; self.startedAt = startedAt; self.endedAt = endedAt
        self.gmv = gmv; self.orders = orders; self.viewers = viewers; self.perMinute = perMinute; self.peak = peak
    }
    /// GMV per thousand viewers (GPM); nil without viewers.
    public var gpm: Money? { viewers == 0 ? nil : Money(fen: gmv.fen * 1_000 / Int64(viewers)) }
}

/// Visit -> cart -> order -> pay, in distinct people.
public struct Funnel: Sendable, Hashable, Codable {
    public var visitors: Int
    public var carted: Int
    public var ordered: Int
    public var paid: Int
    public init(visitors: Int, carted: Int, ordered: Int, paid: Int) {
        self.visitors = visitors; self.carted = carted; self.ordered = ordered; self.paid = paid
    }
}

public struct VisitStats: Sendable, Hashable, Codable {
    public var window: TimeWindow
    public var uv: Int
    public var pv: Int
    public var visits: Int
    public var totalStaySeconds: Int64
    public var newVisitors: Int
    public var channels: [ChannelSlice]
    public var hourlyUV: [Int]
    public init(window: TimeWindow, uv: Int, pv: Int, visits: Int, totalStaySeconds: Int64, newVisitors: Int,
                channels: [ChannelSlice], hourlyUV: [Int] = []) {
        self.window = window; self.uv = uv; self.pv = pv; self.visits = visits
        self.totalStaySeconds = totalStaySeconds; self.newVisitors = newVisitors
        self.channels = channels; self.hourlyUV = hourlyUV
    }
    public var returningVisitors: Int { max(0, uv - newVisitors) }
    public var visitsPerCapita: Double? { uv == 0 ? nil : Double(visits) / Double(uv) }
    public var staySecondsPerCapita: Int64? { uv == 0 ? nil : totalStaySeconds / Int64(uv) }
}

/// Visitors first seen on `day`, and how many came back on day N after.
public struct RetentionCohort: Sendable, Hashable, Codable {
    public static let offsets = [1, 2, 3, 4, 5, 6, 7, 14, 30]
    /// Start of the cohort's day (shop time).
    public var day: Int64
    public var size: Int
    /// Returning visitors per offset in `offsets`; nil where that day is still in the future.
    public var returned: [Int?]
    public init(day: Int64, size: Int, returned: [Int?]) { self.day = day; self.size = size; self.returned = returned }
    public func rate(at index: Int) -> Double? {
        guard index < returned.count, let r = returned[index], size > 0 else { return nil }
        return Double(r) / Double(size)
    }
}

public struct CouponBatchStats: Sendable, Hashable, Codable {
    public var batch: CouponBatchRecord
    public var issued: Int
    public var redeemed: Int
    public var discount: Money
    /// Paid amount of orders that used the batch.
    public var gmv: Money
    /// The batch's latest change on its way to (or done with) its remote system; nil for none.
    public var lastChange: CouponOutboxEntry?
    public init(batch: CouponBatchRecord, issued: Int, redeemed: Int, discount: Money, gmv: Money,
                lastChange: CouponOutboxEntry? = nil) {
        self.batch = batch; self.issued = issued; self.redeemed = redeemed; self.discount = discount; self.gmv = gmv
        self.lastChange = lastChange
    }
    public var redemptionRate: Double? { issued == 0 ? nil : Double(redeemed) / Double(issued) }
    public func secondsLeft(now: Int64) -> Int64 { max(0, batch.endsAt - now) }
    /// The status as of `now`: a running batch past its end is expired.
    public func effectiveStatus(now: Int64) -> CouponStatus {
        batch.status == .running && now >= batch.endsAt ? .expired : batch.status
    }
}

/// A row of the live feed: an order as it is now.
///
/// `seq` is the store's feed cursor for the order's latest change. The store moves it past every
/// other order's each time the order is placed or its status, payment time or amount changes, so
/// reading the rows after a cursor brings both new orders and later states of known ones.
/// `orderSeq` is the order's place in the order it was placed in; it never changes, and tells a
/// new order from a later state of one placed earlier.
public struct FeedRow: Sendable, Hashable, Codable {
    public var seq: Int64
    public var orderSeq: Int64
    public var outTradeNo: String
    public var createdAt: Int64
    public var paidAt: Int64?
    public var nickname: String
    public var itemsSummary: String
    public var amount: Money
    public var channel: Channel
    public var coupon: String?
    public var status: OrderStatus
    public init(seq: Int64, outTradeNo: String, createdAt: Int64, paidAt: Int64?, nickname: String,
                itemsSummary: String, amount: Money, channel: Channel, coupon: String?, status: OrderStatus,
                orderSeq: Int64? = nil) {
        // Left out, the order counts as placed at `seq`: right for an order not changed since.
        self.seq = seq; self.orderSeq = orderSeq ?? seq
        self.outTradeNo = outTradeNo; self.createdAt = createdAt; self.paidAt = paidAt
        self.nickname = nickname; self.itemsSummary = itemsSummary; self.amount = amount
        self.channel = channel; self.coupon = coupon; self.status = status
    }
}

public struct RefundRow: Sendable, Hashable, Codable {
    public var refund: RefundRecord
    public var nickname: String?
    public init(refund: RefundRecord, nickname: String?) { self.refund = refund; self.nickname = nickname }
}

/// Paid, not shipped, older than the threshold.
public struct OverdueShipment: Sendable, Hashable, Codable {
    public var outTradeNo: String
    public var nickname: String?
    public var paidAt: Int64
    public var amount: Money
    public var city: String?
    public init(outTradeNo: String, nickname: String?, paidAt: Int64, amount: Money, city: String?) {
        self.outTradeNo = outTradeNo; self.nickname = nickname; self.paidAt = paidAt; self.amount = amount; self.city = city
    }
}

public struct LogisticsStats: Sendable, Hashable, Codable {
    /// Latest status of every shipment, counted.
    public var byStatus: [ShipmentStatus: Int]
    public var awaitingShipment: Int
    public var overdue: [OverdueShipment]
    public var overdueCount: Int
    public var refunds: [RefundRow]
    public var refundTotals: KPIValues
    public init(byStatus: [ShipmentStatus: Int], awaitingShipment: Int, overdue: [OverdueShipment],
                overdueCount: Int, refunds: [RefundRow], refundTotals: KPIValues) {
        self.byStatus = byStatus; self.awaitingShipment = awaitingShipment; self.overdue = overdue
        self.overdueCount = overdueCount; self.refunds = refunds; self.refundTotals = refundTotals
    }
}

/// One line of order search results.
public struct OrderSummary: Sendable, Hashable, Codable {
    public var outTradeNo: String
    public var transactionId: String?
    public var createdAt: Int64
    public var nickname: String?
    /// Masked unless revealed: 138****5678.
    public var phone: String?
    public var itemsSummary: String
    public var amount: Money
    public var status: OrderStatus
    public var channel: Channel
    public init(outTradeNo: String, transactionId: String?, createdAt: Int64, nickname: String?, phone: String?,
                itemsSummary: String, amount: Money, status: OrderStatus, channel: Channel) {
        self.outTradeNo = outTradeNo; self.transactionId = transactionId; self.createdAt = createdAt
        self.nickname = nickname; self.phone = phone; self.itemsSummary = itemsSummary
        self.amount = amount; self.status = status; self.channel = channel
    }
}

public struct StatusChange: Sendable, Hashable, Codable {
    public var status: OrderStatus
    public var at: Int64
    public init(status: OrderStatus, at: Int64) { self.status = status; self.at = at }
}

/// Everything about one order. Phone and address arrive masked unless `revealed`.
public struct OrderDetail: Sendable, Hashable, Codable {
    public var order: OrderRecord
    public var statusTrail: [StatusChange]
    public var redemption: RedemptionRecord?
    public var couponName: String?
    public var refunds: [RefundRecord]
    public var shipments: [ShipmentEvent]
    public var audit: [AuditEntry]
    public var revealed: Bool
    public init(order: OrderRecord, statusTrail: [StatusChange], redemption: RedemptionRecord?, couponName: String?,
                refunds: [RefundRecord], shipments: [ShipmentEvent], audit: [AuditEntry], revealed: Bool) {
        self.order = order; self.statusTrail = statusTrail; self.redemption = redemption
        self.couponName = couponName; self.refunds = refunds; self.shipments = shipments
        self.audit = audit; self.revealed = revealed
    }
}

public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var at: Int64
    public var user: String
    public var sshClient: String?
    public var role: Role
    public var action: String
    public var target: String
    public var before: String?
    public var after: String?
    public init(id: Int64, at: Int64, user: String, sshClient: String?, role: Role, action: String, target: String,
                before: String?, after: String?) {
        self.id = id; self.at = at; self.user = user; self.sshClient = sshClient; self.role = role
        self.action = action; self.target = target; self.before = before; self.after = after
    }
}

/// Who makes a change, for the audit row written with it.
public struct Actor: Sendable, Hashable, Codable {
    public var user: String
    public var sshClient: String?
    public var role: Role
    public init(user: String, sshClient: String?, role: Role) { self.user = user; self.sshClient = sshClient; self.role = role }
}

/// Counts and totals in the store (`shopdash stats`).
public struct StoreStats: Sendable, Hashable, Codable {
    public var orders: Int
    public var paidOrders: Int
    public var gmv: Money
    public var customers: Int
    public var visits: Int
    public var couponBatches: Int
    public var couponsIssued: Int
    public var redemptions: Int
    public var refunds: Int
    public var refundAmount: Money
    public var shipments: Int
    public var newestEventAt: Int64?
    public init(orders: Int, paidOrders: Int, gmv: Money, customers: Int, visits: Int, couponBatches: Int,
                couponsIssued: Int, redemptions: Int, refunds: Int, refundAmount: Money, shipments: Int,
                newestEventAt: Int64?) {
        self.orders = orders; self.paidOrders = paidOrders; self.gmv = gmv; self.customers = customers
        self.visits = visits; self.couponBatches = couponBatches; self.couponsIssued = couponsIssued
        self.redemptions = redemptions; self.refunds = refunds; self.refundAmount = refundAmount
        self.shipments = shipments; self.newestEventAt = newestEventAt
    }
}

/// The spans the sales chart offers, each with its bucket size.
public enum SalesRange: String, Sendable, Hashable, Codable, CaseIterable {
    /// The last 60 minutes, per minute (the current minute last).
    case live60
    /// Today so far, per hour.
    case today
    /// The last 7 shop days including today, per day.
    case days7
    /// The last 30 shop days including today, per day.
    case days30

    public var granularity: Granularity {
        switch self {
        case .live60: .minute
        case .today: .hour
        case .days7, .days30: .day
        }
    }
}
