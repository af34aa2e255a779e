/// One fact that reaches the store: from a JSONL line, a CSV row, a WeChat Pay bill or the demo.
/// Applying the same event twice changes nothing; each kind names the key that makes it unique.
public enum ShopEvent: Sendable, Equatable {
    case order(OrderRecord)
    case orderStatus(OrderStatusChange)
    case refund(RefundRecord)
    case shipment(ShipmentEvent)
    case visit(VisitRecord)
    case addToCart(CartRecord)
    case couponBatch(CouponBatchRecord)
    case couponIssued(CouponIssueRecord)
    case couponRedeemed(RedemptionRecord)
    case liveSession(LiveSessionRecord)

    /// The JSONL "type" of this event.
    public var typeName: String {
        switch self {
        case .order: "order"
        case .orderStatus: "order_status"
        case .refund: "refund"
        case .shipment: "shipment"
        case .visit: "visit"
        case .addToCart: "add_to_cart"
        case .couponBatch: "coupon_batch"
        case .couponIssued: "coupon_issued"
        case .couponRedeemed: "coupon_redeemed"
        case .liveSession: "live_session"
        }
    }
}

public struct OrderItem: Sendable, Hashable, Codable {
    public var sku: String
    public var name: String
    public var qty: Int
    public var unit: Money

    public init(sku: String, name: String, qty: Int, unit: Money) {
        self.sku = sku; self.name = name; self.qty = qty; self.unit = unit
    }

    /// Saturates instead of trapping: an old store may hold amounts from before `InputBounds`.
    public var lineTotal: Money {
        let (p, overflow) = unit.fen.multipliedReportingOverflow(by: Int64(qty))
        return Money(fen: overflow ? ((unit.fen < 0) != (qty < 0) ? .min : .max) : p)
    }
}

/// An order as it was placed. Key: `outTradeNo`.
public struct OrderRecord: Sendable, Hashable, Codable {
    public var outTradeNo: String
    public var transactionId: String?
    public var customer: String?
    public var nickname: String?
    public var phone: String?
    public var city: String?
    public var address: String?
    public var createdAt: Int64
    public var paidAt: Int64?
    public var status: OrderStatus
    public var total: Money
    public var discount: Money
    public var paid: Money
    public var channel: Channel
    public var liveSession: String?
    public var coupon: String?
    public var items: [OrderItem]
    public var remark: String?

    public init(outTradeNo: String, transactionId: String? = nil, customer: String? = nil,
                nickname: String? = nil, phone: String? = nil, city: String? = nil,
                address: String? = nil, createdAt: Int64, paidAt: Int64? = nil,
                status: OrderStatus, total: Money, discount: Money = .zero, paid: Money,
                channel: Channel = .other, liveSession: String? = nil, coupon: String? = nil,
                items: [OrderItem] = [], remark: String? = nil) {
        self.outTradeNo = outTradeNo; self.transactionId = transactionId; self.customer = customer
        self.nickname = nickname; self.phone = phone; self.city = city; self.address = address
        self.createdAt = createdAt; self.paidAt = paidAt; self.status = status; self.total = total
        self.discount = discount; self.paid = paid; self.channel = channel
        self.liveSession = liveSession; self.coupon = coupon; self.items = items; self.remark = remark
    }
}

/// A later status of an order. Key: (outTradeNo, status, at).
public struct OrderStatusChange: Sendable, Hashable, Codable {
    public var outTradeNo: String
    public var status: OrderStatus
    public var at: Int64
    public var transactionId: String?

    public init(outTradeNo: String, status: OrderStatus, at: Int64, transactionId: String? = nil) {
        self.outTradeNo = outTradeNo; self.status = status; self.at = at; self.transactionId = transactionId
    }
}

/// Key: `refundNo` (the merchant refund number). A later event with the same key updates its status.
public struct RefundRecord: Sendable, Hashable, Codable {
    public var refundNo: String
    public var outTradeNo: String
    public var wechatRefundId: String?
    public var amount: Money
    public var reason: String?
    public var status: RefundStatus
    public var requestedAt: Int64
    public var succeededAt: Int64?

    public init(refundNo: String, outTradeNo: String, wechatRefundId: String? = nil, amount: Money,
                reason: String? = nil, status: RefundStatus, requestedAt: Int64, succeededAt: Int64? = nil) {
        self.refundNo = refundNo; self.outTradeNo = outTradeNo; self.wechatRefundId = wechatRefundId
        self.amount = amount; self.reason = reason; self.status = status
        self.requestedAt = requestedAt; self.succeededAt = succeededAt
    }
}

/// One step of a parcel's trail. Key: (trackingNo, status, at).
public struct ShipmentEvent: Sendable, Hashable, Codable {
    public var outTradeNo: String
    public var carrier: String
    public var trackingNo: String
    public var status: ShipmentStatus
    public var at: Int64
    public var detail: String?

    public init(outTradeNo: String, carrier: String, trackingNo: String, status: ShipmentStatus,
                at: Int64, detail: String? = nil) {
        self.outTradeNo = outTradeNo; self.carrier = carrier; self.trackingNo = trackingNo
        self.status = status; self.at = at; self.detail = detail
    }
}

/// A visit (session) to the mini-program. Key: `id`.
public struct VisitRecord: Sendable, Hashable, Codable {
    public var id: String
    public var visitor: String
    public var startedAt: Int64
    public var durationSeconds: Int
    public var pages: Int
    public var channel: Channel
    public var liveSession: String?

    public init(id: String, visitor: String, startedAt: Int64, durationSeconds: Int, pages: Int,
                channel: Channel, liveSession: String? = nil) {
        self.id = id; self.visitor = visitor; self.startedAt = startedAt
        self.durationSeconds = durationSeconds; self.pages = pages; self.channel = channel
        self.liveSession = liveSession
    }
}

/// Key: `id`.
public struct CartRecord: Sendable, Hashable, Codable {
    public var id: String
    public var visitor: String
    public var at: Int64
    public var sku: String
    public var qty: Int

    public init(id: String, visitor: String, at: Int64, sku: String, qty: Int) {
        self.id = id; self.visitor = visitor; self.at = at; self.sku = sku; self.qty = qty
    }
}

/// A coupon batch (stock). Key: `batchId`; a later event with the same key updates it.
public struct CouponBatchRecord: Sendable, Hashable, Codable {
    public var batchId: String
    public var name: String
    public var kind: CouponKind
    /// Amount off for `fixed` and `threshold`.
    public var value: Money
    /// Percent off (1...99) for `percent`.
    public var percentOff: Int?
    public var minSpend: Money
    public var quota: Int
    public var status: CouponStatus
    public var startsAt: Int64
    public var endsAt: Int64
    /// The system that issues this batch's coupons; `local` unless an event or `coupons create` said.
    public var system: CouponSystem
    /// The batch's id in its system (a WeChat Pay stock id); nil until that system assigned one.
    public var remoteId: String?

    public init(batchId: String, name: String, kind: CouponKind, value: Money, percentOff: Int? = nil,
                minSpend: Money = .zero, quota: Int, status: CouponStatus = .running,
                startsAt: Int64, endsAt: Int64, system: CouponSystem = .local, remoteId: String? = nil) {
        self.batchId = batchId; self.name = name; self.kind = kind; self.value = value
        self.percentOff = percentOff; self.minSpend = minSpend; self.quota = quota
        self.status = status; self.startsAt = startsAt; self.endsAt = endsAt
        self.system = system; self.remoteId = remoteId
    }
}

/// Key: `couponId`.
public struct CouponIssueRecord: Sendable, Hashable, Codable {
    public var couponId: String
    public var batchId: String
    public var customer: String
    public var at: Int64

    public init(couponId: String, batchId: String, customer: String, at: Int64) {
        self.couponId = couponId; self.batchId = batchId; self.customer = customer; self.at = at
    }
}

/// Key: (batchId, outTradeNo).
public struct RedemptionRecord: Sendable, Hashable, Codable {
    public var couponId: String?
    public var batchId: String
    public var outTradeNo: String
    public var discount: Money
    public var at: Int64

    public init(couponId: String? = nil, batchId: String, outTradeNo: String, discount: Money, at: Int64) {
        self.couponId = couponId; self.batchId = batchId; self.outTradeNo = outTradeNo
        self.discount = discount; self.at = at
    }
}

/// Key: `id`; a later event with the same key sets its end.
public struct LiveSessionRecord: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var startedAt: Int64
    public var endedAt: Int64?

    public init(id: String, title: String, startedAt: Int64, endedAt: Int64? = nil) {
        self.id = id; self.title = title; self.startedAt = startedAt; self.endedAt = endedAt
    }
}
