/// A warning and a critical level for one check. A value at or beyond a level reaches it.
public struct HealthLimits: Sendable, Hashable, Codable {
    public var warn: Double
    public var crit: Double
    public init(warn: Double, crit: Double) { self.warn = warn; self.crit = crit }
}

/// What `shopdash check` compares the store against. The defaults are meant to stay quiet on a
/// normal day of a small or large shop and to speak up when something is really wrong.
public struct HealthThresholds: Sendable, Hashable, Codable {
    /// Percent fewer paid orders in the last `ordersWindowMinutes` than in the same window a week ago.
    public var ordersDrop = HealthLimits(warn: 50, crit: 80)
    public var ordersWindowMinutes = 30
    /// Below this many paid orders a week ago the comparison is noise, and the check stays OK.
    public var ordersMinBaseline = 10

    /// Percent of the orders created in the last `paymentWindowMinutes` (and settled) that closed unpaid.
    public var paymentFailures = HealthLimits(warn: 30, crit: 50)
    public var paymentWindowMinutes = 60
    /// Below this many settled orders the share is noise, and the check stays OK.
    public var paymentMinOrders = 20

    /// Refunds requested in the last `refundWindowMinutes`, as a multiple of the average of the same
    /// window length over the previous seven days.
    public var refundSpike = HealthLimits(warn: 3, crit: 5)
    public var refundWindowMinutes = 60
    /// Fewer refunds than this never alarm, whatever the baseline.
    public var refundMinCount = 5

    /// Percent of the orders paid in the week before the last `overdueHours` that are still not
    /// shipped. A share, not a count, so that the same default suits a small and a large shop.
    public var overdueShipments = HealthLimits(warn: 5, crit: 15)
    public var overdueHours = 48
    /// Below this many paid orders in that week the share is noise, and the check stays OK.
    public var overdueMinOrders = 20

    /// Seconds since the newest event reached the store.
    public var ingestLag = HealthLimits(warn: 600, crit: 1_800)

    /// Percent of a running coupon batch's quota already issued.
    public var couponQuota = HealthLimits(warn: 90, crit: 98)

    /// Whether to judge SQLite's quick_check (it reads the whole file).
    public var integrity = true
    /// A remembered quick_check run younger than this is judged instead of running it again;
    /// 0 runs it every time.
    public var integrityMaxAgeMinutes = 60

    public init() {}
}
