import ShopModel

/// Something that happens at a moment: a visit, or an order being placed.
struct Arrival: Sendable {
    var at: Int64
    var isOrder: Bool
    var channel: Channel
    var liveSession: String?
}

/// The demo shop's state: its people, coupons, live sessions and everything already planned
/// for later. History and live selling both drive the same world, so live selling continues
/// exactly where the history stopped.
struct DemoWorld: Sendable {
    let seed: UInt64
    let calendar: ShopCalendar
    let clock: LocalClock
    var rng: DemoRandom
    var people: PeoplePool
    var coupons = CouponBook()
    var planned = EventQueue()
    var sessions: [LiveSessionPlan] = []
    /// How much faster than real time an order's later life runs: 1 for history; live selling
    /// speeds it up so that parcels move and refunds come in while someone watches.
    var pace: Double = 1
    private var orders = 0, visits = 0, carts = 0

    static let browsingVisitsPerOrder = 12.0
    static let liveVisitsPerOrder = 10.0

    init(seed: UInt64, calendar: ShopCalendar) {
        self.seed = seed
        self.calendar = calendar
        clock = LocalClock(calendar: calendar)
        rng = DemoRandom(seed: seed)
        people = PeoplePool(seed: seed)
    }

    func session(at t: Int64) -> LiveSessionPlan? { sessions.first { $0.contains(t) } }

    mutating func open(_ session: LiveSessionPlan, couponQuota: Int) {
        sessions.removeAll { $0.end < session.start - 86_400 }
        sessions.append(session)
        planned.schedule(.liveSession(session.startRecord), at: session.start)
        planned.schedule(.liveSession(session.endRecord), at: session.end)
        let batch = session.couponBatch(quota: couponQuota)
        coupons.add(batch, liveSession: session.id)
        planned.schedule(.couponBatch(batch), at: max(0, session.start - 600))
    }

    mutating func addBatch(_ batch: CouponBatchRecord, announceAt t: Int64) {
        coupons.add(batch)
        planned.schedule(.couponBatch(batch), at: t)
    }

    /// Plays `arrivals` (any order) and releases everything planned before `end`, time-ordered.
    mutating func run(_ arrivals: [Arrival], until end: Int64) -> [ShopEvent] {
        var out: [ShopEvent] = []
        out.reserveCapacity(arrivals.count + planned.count / 8)
        for a in arrivals.sorted(by: { $0.at < $1.at }) {
            planned.release(before: a.at + 1, into: &out)
            if a.isOrder { placeOrder(a, into: &out) } else { browse(a, into: &out) }
        }
        planned.release(before: end, into: &out)
        return out
    }

    // MARK: visits

    private mutating func browse(_ a: Arrival, into out: inout [ShopEvent]) {
        let person = people.drawVisitor(&rng)
        let visitor = people.id(person)
        let pages = min(40, max(1, Int(rng.logNormal(median: 2.6, spread: 0.8))))
        let duration = pages == 1 ? rng.int(3...40) : pages * rng.int(10...70)
        out.append(.visit(VisitRecord(id: nextVisitId(a.at), visitor: visitor, startedAt: a.at,
                                      durationSeconds: duration, pages: pages, channel: a.channel,
                                      liveSession: a.liveSession)))
        if rng.chance(0.08) {
            let product = DemoCatalogue.byPopularity.draw(&rng)
            let at = a.at + Int64(rng.int(1...max(1, duration)))
            planned.schedule(.addToCart(CartRecord(id: nextCartId(at), visitor: visitor, at: at,
                                                   sku: product.sku, qty: 1)), at: at)
        }
        if rng.chance(a.liveSession == nil ? 0.03 : 0.2) {
            let at = a.at + Int64(rng.int(1...max(1, duration)))
            if let issued = coupons.claim(person: person, visitor: visitor, at: at, liveSession: a.liveSession, &rng) {
                planned.schedule(.couponIssued(issued), at: at)
            }
        }
    }

    // MARK: orders

    private enum Fate { case unpaid, delivered, refundedBeforeShipping, refundAfterDelivery, neverShipped }

    private static let fates = WeightedTable<Fate>([
        (.unpaid, 6), (.refundedBeforeShipping, 1.2), (.refundAfterDelivery, 2.4), (.neverShipped, 1.5), (.delivered, 88.9),
    ])

    /// An order placed at `a.at`; the visit that led to it and the cart step came just before.
    private mutating func placeOrder(_ a: Arrival, into out: inout [ShopEvent]) {
        let person: Int
        if rng.chance(0.2), let holder = coupons.recentHolder(&rng) { person = holder } else { person = people.drawBuyer(&rng) }
        let who = people.profile(person)
        let items = pickItems()
        let total = items.reduce(Money.zero) { $0 + $1.lineTotal }

        let stay = rng.int(90...900)
        let visitStart = a.at - Int64(stay)
        out.append(.visit(VisitRecord(id: nextVisitId(visitStart), visitor: who.id, startedAt: visitStart,
                                      durationSeconds: stay + rng.int(10...120), pages: rng.int(3...18),
                                      channel: a.channel, liveSession: a.liveSession)))
        let cartAt = visitStart + Int64(rng.int(10...stay / 2))
        out.append(.addToCart(CartRecord(id: nextCartId(cartAt), visitor: who.id, at: cartAt,
                                         sku: items[0].sku, qty: items[0].qty)))

        orders += 1
        // Merchant order numbers: "SD", the local time, and four digits that keep a busy second apart.
        let outTradeNo = "SD" + clock.stamp(a.at) + Self.fourDigits(orders % 10_000)
        let remark = rng.chance(0.07) ? rng.pick(Self.remarks) : nil
        let fate = Self.fates.draw(&rng)

        if fate == .unpaid {
            let order = OrderRecord(outTradeNo: outTradeNo, customer: who.id, nickname: who.nickname, phone: who.phone,
                                    city: who.city, address: who.address, createdAt: a.at, status: .created,
                                    total: total, paid: total, channel: a.channel, liveSession: a.liveSession,
                                    items: items, remark: remark)
            out.append(.order(order))
            planned.schedule(.orderStatus(OrderStatusChange(outTradeNo: outTradeNo, status: .closed,
                                                            at: later(a.at, seconds: 1_800))), at: later(a.at, seconds: 1_800))
            return
        }

        let paidAt = a.at + Int64(rng.int(3...40))
        let redeemed = coupons.redeem(person: person, total: total, at: a.at)
        let discount = redeemed?.discount ?? .zero
        let order = OrderRecord(outTradeNo: outTradeNo, transactionId: transactionId(paidAt), customer: who.id,
                                nickname: who.nickname, phone: who.phone, city: who.city, address: who.address,
                                createdAt: a.at, paidAt: paidAt, status: .paid, total: total, discount: discount,
                                paid: total - discount, channel: a.channel, liveSession: a.liveSession,
                                coupon: redeemed?.batch.batchId, items: items, remark: remark)
        people.markBought(person)
        planned.schedule(.order(order), at: paidAt)
        if let redeemed {
            planned.schedule(.couponRedeemed(RedemptionRecord(couponId: redeemed.couponId, batchId: redeemed.batch.batchId,
                                                              outTradeNo: outTradeNo, discount: discount, at: paidAt)),
                             at: paidAt)
        }
        switch fate {
        case .unpaid, .neverShipped: break
        case .delivered: _ = ship(order)
        case .refundedBeforeShipping: refund(order, at: later(paidAt, seconds: Double(rng.int(600...36_000))), full: true, delivered: false)
        case .refundAfterDelivery:
            let deliveredAt = ship(order)
            refund(order, at: later(deliveredAt, seconds: Double(rng.int(7_200...345_600))),
                   full: rng.chance(0.75), delivered: true)
        }
    }

    private mutating func pickItems() -> [OrderItem] {
        let lines = rng.chance(0.72) ? 1 : (rng.chance(0.7) ? 2 : 3)
        var items: [OrderItem] = []
        for _ in 0..<(lines * 3) where items.count < lines {
            let p = DemoCatalogue.byPopularity.draw(&rng)
            if items.contains(where: { $0.sku == p.sku }) { continue }
            let qty = p.maxQty > 1 && rng.chance(0.25) ? rng.int(2...p.maxQty) : 1
            items.append(OrderItem(sku: p.sku, name: p.name, qty: qty, unit: p.price))
        }
        return items
    }

    // MARK: what happens after payment

    private func later(_ t: Int64, seconds: Double) -> Int64 { t + max(1, Int64(seconds * pace)) }

    private static let carriers = WeightedTable<(String, String)>([
        (("顺丰", "SF"), 30), (("中通", "ZT"), 30), (("圆通", "YT"), 25), (("京东", "JD"), 15),
    ])
    private static let hubs = ["杭州", "广州", "上海", "武汉", "成都", "郑州", "北京", "金华", "东莞"]

    /// Plans the parcel's trail and the order's shipped/delivered steps; returns the delivery time.
    private mutating func ship(_ order: OrderRecord) -> Int64 {
        let paidAt = order.paidAt ?? order.createdAt
        var shipped = later(paidAt, seconds: Double(rng.int(7_200...108_000)))
        if pace == 1 {
            // Warehouses hand parcels over between 09:00 and 20:00.
            let h = clock.hour(shipped)
            if h < 9 { shipped += Int64(9 - h) * 3_600 } else if h >= 20 { shipped += Int64(33 - h) * 3_600 }
        }
        let (carrier, prefix) = Self.carriers.draw(&rng)
        let tracking: String = switch prefix {
        case "SF": "SF" + rng.digits(13)
        case "ZT": "7" + rng.int(1...9).description + rng.digits(12)
        case "YT": "YT" + rng.digits(13)
        default: "JDVA" + rng.digits(11)
        }
        let transit = later(shipped, seconds: Double(rng.int(10_800...36_000)))
        let delivered = later(transit, seconds: Double(rng.int(36_000...259_200)))
        let outForDelivery = max(transit + 1, delivered - max(1, Int64(Double(rng.int(3_600...14_400)) * pace)))
        let no = order.outTradeNo
        func step(_ s: ShipmentStatus, _ at: Int64, _ detail: String) -> ShopEvent {
            .shipment(ShipmentEvent(outTradeNo: no, carrier: carrier, trackingNo: tracking, status: s, at: at, detail: detail))
        }
        planned.schedule(step(.picked, shipped, "快递员已揽收"), at: shipped)
        planned.schedule(.orderStatus(OrderStatusChange(outTradeNo: no, status: .shipped, at: shipped)), at: shipped)
        planned.schedule(step(.inTransit, transit, "已到达【\(rng.pick(Self.hubs))转运中心】"), at: transit)
        planned.schedule(step(.outForDelivery, outForDelivery, "派送中，请保持电话畅通"), at: outForDelivery)
        planned.schedule(step(.delivered, delivered, rng.pick(Self.signedBy)), at: delivered)
        planned.schedule(.orderStatus(OrderStatusChange(outTradeNo: no, status: .delivered, at: delivered)), at: delivered)
        return delivered
    }

    private static let signedBy = ["已签收，签收人：本人", "已签收，放入快递柜", "已签收，放在家门口", "已签收，前台代收"]
    private static let reasons = ["不想要了", "尺码不合适", "商品破损", "发错货", "质量问题", "七天无理由退货", "少件漏发"]
    private static let remarks = ["请尽快发货", "不要放快递柜", "送人的，不要放发票", "工作日白天不在家", "多给点辣椒包🌶",
                                  "麻烦包装好一点", "周末再送"]

    /// A refund request and how it ends: most succeed, a few are rejected, some stay open.
    /// Partial refunds (a price difference, one item) leave the order's status alone.
    private mutating func refund(_ order: OrderRecord, at requested: Int64, full: Bool, delivered: Bool) {
        let no = order.outTradeNo
        let amount: Money
        if full { amount = order.paid } else {
            let share = order.items.count > 1
                ? order.items[0].lineTotal.fen * order.paid.fen / max(1, order.total.fen)
                : order.paid.fen * Int64(rng.int(20...60)) / 100
            amount = Money(fen: max(1, min(order.paid.fen, share)))
        }
        let refundNo = "RF" + no.dropFirst(2)
        let reason = full ? rng.pick(Self.reasons) : (order.items.count > 1 ? "少件漏发" : "补差价")
        planned.schedule(.refund(RefundRecord(refundNo: refundNo, outTradeNo: no, amount: amount, reason: reason,
                                              status: .requested, requestedAt: requested)), at: requested)
        if full { planned.schedule(.orderStatus(OrderStatusChange(outTradeNo: no, status: .refunding, at: requested)), at: requested) }
        let outcome = rng.unit()
        if outcome < 0.88 {
            let done = later(requested, seconds: Double(rng.int(600...172_800)))
            planned.schedule(.refund(RefundRecord(refundNo: refundNo, outTradeNo: no, wechatRefundId: "5030" + rng.digits(25),
                                                  amount: amount, reason: reason, status: .succeeded,
                                                  requestedAt: requested, succeededAt: done)), at: done)
            if full { planned.schedule(.orderStatus(OrderStatusChange(outTradeNo: no, status: .refunded, at: done)), at: done) }
        } else if outcome < 0.95 && delivered {
            let done = later(requested, seconds: Double(rng.int(7_200...172_800)))
            planned.schedule(.refund(RefundRecord(refundNo: refundNo, outTradeNo: no, amount: amount, reason: reason,
                                                  status: .rejected, requestedAt: requested)), at: done)
            if full { planned.schedule(.orderStatus(OrderStatusChange(outTradeNo: no, status: .delivered, at: done)), at: done) }
        }
    }

    // MARK: ids

    /// "4200" + 6 digits + yyyyMMdd + 10 digits: the shape of a WeChat Pay transaction id.
    private mutating func transactionId(_ paidAt: Int64) -> String {
        "4200" + rng.digits(6) + clock.dayStamp(paidAt) + rng.digits(10)
    }

    private static func fourDigits(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    private mutating func nextVisitId(_ t: Int64) -> String {
        visits += 1
        return "V" + Base36.encode(UInt64(t)) + Base36.encode(UInt64(visits % 1_679_616), width: 4)
    }

    private mutating func nextCartId(_ t: Int64) -> String {
        carts += 1
        return "K" + Base36.encode(UInt64(t)) + Base36.encode(UInt64(carts % 1_679_616), width: 4)
    }
}
