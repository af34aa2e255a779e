import ShopModel

/// Folds demo events the way a store would, so tests can ask questions of a generated shop.
struct DemoLedger {
    var orders: [String: OrderRecord] = [:]
    var orderSequence: [String] = []
    var statuses: [String: [OrderStatusChange]] = [:]
    var refunds: [String: RefundRecord] = [:]
    var shipments: [String: [ShipmentEvent]] = [:]
    var visits: [VisitRecord] = []
    var carts: [CartRecord] = []
    var batches: [String: CouponBatchRecord] = [:]
    var issued: [String: CouponIssueRecord] = [:]
    var redemptions: [String: RedemptionRecord] = [:]
    var sessions: [String: LiveSessionRecord] = [:]
    var eventCount = 0
    /// Problems found while folding: an event about an unknown order, a duplicate key...
    var problems: [String] = []

    mutating func fold(_ events: [ShopEvent]) {
        for e in events { fold(e) }
    }

    mutating func fold(_ event: ShopEvent) {
        eventCount += 1
        switch event {
        case .order(let o):
            if orders[o.outTradeNo] != nil { problems.append("order \(o.outTradeNo) twice") }
            orders[o.outTradeNo] = o
            orderSequence.append(o.outTradeNo)
        case .orderStatus(let s):
            if orders[s.outTradeNo] == nil { problems.append("status for unknown order \(s.outTradeNo)") }
            statuses[s.outTradeNo, default: []].append(s)
        case .refund(let r):
            if orders[r.outTradeNo] == nil { problems.append("refund for unknown order \(r.outTradeNo)") }
            refunds[r.refundNo] = r
        case .shipment(let s):
            if orders[s.outTradeNo] == nil { problems.append("shipment for unknown order \(s.outTradeNo)") }
            shipments[s.outTradeNo, default: []].append(s)
        case .visit(let v): visits.append(v)
        case .addToCart(let c): carts.append(c)
        case .couponBatch(let b): batches[b.batchId] = b
        case .couponIssued(let c):
            if batches[c.batchId] == nil { problems.append("coupon of unknown batch \(c.batchId)") }
            if issued[c.couponId] != nil { problems.append("coupon \(c.couponId) twice") }
            issued[c.couponId] = c
        case .couponRedeemed(let r):
            if orders[r.outTradeNo] == nil { problems.append("redemption for unknown order \(r.outTradeNo)") }
            if let id = r.couponId, issued[id] == nil { problems.append("redemption of unknown coupon \(id)") }
            redemptions[r.outTradeNo] = r
        case .liveSession(let s): sessions[s.id] = s
        }
    }

    var paidOrders: [OrderRecord] { orders.values.filter { $0.paidAt != nil } }

    /// The latest status an order reached.
    func status(of no: String) -> OrderStatus? {
        statuses[no]?.max { $0.at < $1.at }?.status ?? orders[no]?.status
    }
}

/// The moment of an event, as the store would date it.
func eventTime(_ e: ShopEvent) -> Int64 {
    switch e {
    case .order(let o): o.paidAt ?? o.createdAt
    case .orderStatus(let s): s.at
    case .refund(let r): r.succeededAt ?? r.requestedAt
    case .shipment(let s): s.at
    case .visit(let v): v.startedAt
    case .addToCart(let c): c.at
    case .couponBatch(let b): b.startsAt
    case .couponIssued(let c): c.at
    case .couponRedeemed(let r): r.at
    case .liveSession(let s): s.endedAt ?? s.startedAt
    }
}
