/// How far a running coupon batch is into its quota.
public struct CouponQuotaUsage: Sendable, Hashable, Codable {
    public var batchId: String
    public var name: String
    public var issued: Int
    public var quota: Int
    public init(batchId: String, name: String, issued: Int, quota: Int) {
        self.batchId = batchId; self.name = name; self.issued = issued; self.quota = quota
    }
    /// Issued share of the quota in percent; a batch with no quota counts as full.
    public var percentIssued: Double { quota <= 0 ? 100 : Double(issued) * 100 / Double(quota) }
}

/// The raw figures the health checks judge, all read in one transaction at `now`.
public struct HealthMeasurements: Sendable, Hashable, Codable {
    public var now: Int64
    public var paidOrders: Int
    public var paidOrdersWeekAgo: Int
    /// Orders created in the payment window that were paid (whatever came after).
    public var ordersPaid: Int
    public var ordersClosedUnpaid: Int
    /// Orders created in the payment window still waiting for payment: not judged yet.
    public var ordersPending: Int
    public var refunds: Int
    /// Average refunds per window of the same length over the seven days before the window.
    public var refundsBaseline: Double
    /// Orders paid in [now - overdueHours - 7 days, now - overdueHours) still waiting for a parcel
    /// (status `paid`, no shipment): the logistics pane's overdue orders, limited to that week.
    public var overdueShipments: Int
    /// All orders paid in that week.
    public var overdueBase: Int
    public var newestEventAt: Int64?
    /// Running batches, fullest first.
    public var coupons: [CouponQuotaUsage]
    /// The quick_check run judged (fresh or remembered); nil when the check was switched off.
    public var integrity: IntegrityCheck?
    /// The stored rollups set against the raw tables (`check --deep`); nil when not asked for.
    public var rollups: RollupComparison?

    public init(now: Int64, paidOrders: Int, paidOrdersWeekAgo: Int, ordersPaid: Int, ordersClosedUnpaid: Int,
                ordersPending: Int, refunds: Int, refundsBaseline: Double, overdueShipments: Int,
                overdueBase: Int, newestEventAt: Int64?, coupons: [CouponQuotaUsage], integrity: IntegrityCheck?,
                rollups: RollupComparison? = nil) {
        self.now = now; self.paidOrders = paidOrders; self.paidOrdersWeekAgo = paidOrdersWeekAgo
        self.ordersPaid = ordersPaid; self.ordersClosedUnpaid = ordersClosedUnpaid; self.ordersPending = ordersPending
        self.refunds = refunds; self.refundsBaseline = refundsBaseline; self.overdueShipments = overdueShipments
        self.overdueBase = overdueBase
        self.newestEventAt = newestEventAt; self.coupons = coupons; self.integrity = integrity
        self.rollups = rollups
    }
}
