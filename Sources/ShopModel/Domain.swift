/// Where a visit or an order came from.
public enum Channel: String, Sendable, Codable, CaseIterable, Hashable {
    case liveStream = "live_stream"
    case officialAccount = "official_account"
    case groupAd = "group_ad"
    case share
    case search
    case ads
    case other
}

public enum OrderStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case created, paid, shipped, delivered, refunding, refunded, closed

    /// An order counts as paid (for GMV and paid orders) once it reached `paid`, whatever came after,
    /// except that it was closed without payment.
    public var wasPaid: Bool { self != .created && self != .closed }
}

public enum CouponKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// A fixed amount off.
    case fixed
    /// A percentage off (`percentOff`).
    case percent
    /// "满100减20": `value` off once the order reaches `minSpend`.
    case threshold
}

public enum CouponStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case running, paused, stopped, expired
}

public enum RefundStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case requested, processing, succeeded, rejected, closed
}

public enum ShipmentStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case created, picked, inTransit = "in_transit", outForDelivery = "out_for_delivery",
         delivered, exception, returned
}

/// Who is at the keyboard. Support looks things up and can change nothing.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    case `operator`, support

    public var canChange: Bool { self == .operator }
}
