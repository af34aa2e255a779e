import Foundation
import ShopModel

/// A small shop with a fixed clock: every table gets rows, and the figures the query tests expect
/// were worked out by hand from the events below (see the comments beside them).
///
/// The clock: Wednesday 2026-11-25 14:30:00 in Asia/Shanghai. Day 25 is "today", 24 "yesterday",
/// 18 "the same day last week". Edge cases sit on purpose at 00:00:00, 23:59:59, exactly `now`,
/// one second after the same stretch of yesterday, and after `now` (which no "so far" may count).
enum Seed {
    static let calendar = ShopCalendar.shanghai

    /// Shop time on a day of November 2026.
    static func at(_ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
        calendar.time(year: 2026, month: 11, day: day, hour: hour, minute: minute, second: second)!
    }

    static let now = at(25, 14, 30)

    static let operatorActor = Actor(user: "lihua", sshClient: "10.0.0.8", role: .operator)
    static let supportActor = Actor(user: "kefu01", sshClient: nil, role: .support)

    struct Person {
        let id: String
        let nickname: String
        let phone: String
    }

    static let xiaoming = Person(id: "c1", nickname: "小明", phone: "13812345678")
    static let tom = Person(id: "c2", nickname: "Tom", phone: "13900001234")
    static let xiaohong = Person(id: "c3", nickname: "小红", phone: "13700005678")
    static let aqiang = Person(id: "c4", nickname: "阿强", phone: "13600009999")
    static let xiaoli = Person(id: "c5", nickname: "小李", phone: "13500002222")
    static let wangwu = Person(id: "c6", nickname: "王五", phone: "13300003333")
    static let zhaoliu = Person(id: "c7", nickname: "赵六", phone: "13200004444")
    static let qianqi = Person(id: "c8", nickname: "钱七", phone: "18800001234")

    static let address = "上海市浦东新区世纪大道100号"

    static func item(_ sku: String, _ name: String, _ qty: Int, _ unit: Int64) -> OrderItem {
        OrderItem(sku: sku, name: name, qty: qty, unit: Money(fen: unit))
    }

    static func order(_ no: String, _ who: Person, created: Int64, paid: Int64?, status: OrderStatus = .paid,
                      total: Int64, discount: Int64 = 0, channel: Channel, live: String? = nil,
                      coupon: String? = nil, items: [OrderItem], transaction: String? = nil) -> ShopEvent {
        .order(OrderRecord(outTradeNo: no, transactionId: transaction, customer: who.id, nickname: who.nickname,
                           phone: who.phone, city: "上海", address: address, createdAt: created, paidAt: paid,
                           status: status, total: Money(fen: total), discount: Money(fen: discount),
                           paid: Money(fen: total - discount), channel: channel, liveSession: live,
                           coupon: coupon, items: items))
    }

    static func visit(_ id: String, _ visitor: String, _ at: Int64, pages: Int, seconds: Int, _ channel: Channel,
                      live: String? = nil) -> ShopEvent {
        .visit(VisitRecord(id: id, visitor: visitor, startedAt: at, durationSeconds: seconds, pages: pages,
                           channel: channel, liveSession: live))
    }

    static let o2Transaction = "4200001234202611250002"

    /// Orders in the order they are applied, so their seq (and first feed cursor) is 1, 2, 3...
    static let orderNumbers = ["W2", "W1", "Y2", "Y3", "Y4", "Y1", "O1", "O2", "O3", "O4", "O7U", "O5", "O6", "O8F"]

    static var events: [ShopEvent] {
        var e: [ShopEvent] = []
        // Live sessions: L1 runs now, L0 ran last week, L9 has not started.
        e += [.liveSession(LiveSessionRecord(id: "L0", title: "周末清仓", startedAt: at(18, 20), endedAt: at(18, 22))),
              .liveSession(LiveSessionRecord(id: "L1", title: "双十二预热直播", startedAt: at(25, 13))),
              .liveSession(LiveSessionRecord(id: "L9", title: "晚间专场", startedAt: at(25, 20)))]
        // Coupons: B1 running, B2 paused, B3 stopped, B4 running but past its end (expired).
        e += [.couponBatch(CouponBatchRecord(batchId: "B1", name: "满100减20", kind: .threshold, value: Money(fen: 2_000),
                                             minSpend: Money(fen: 10_000), quota: 100, startsAt: at(20, 0), endsAt: at(30, 0))),
              .couponBatch(CouponBatchRecord(batchId: "B2", name: "9折券", kind: .percent, value: .zero, percentOff: 10,
                                             quota: 50, status: .paused, startsAt: at(20, 0), endsAt: at(28, 0))),
              .couponBatch(CouponBatchRecord(batchId: "B3", name: "新客立减5元", kind: .fixed, value: Money(fen: 500),
                                             quota: 10, status: .stopped, startsAt: at(10, 0), endsAt: at(20, 0))),
              .couponBatch(CouponBatchRecord(batchId: "B4", name: "限时5元", kind: .fixed, value: Money(fen: 500),
                                             quota: 20, startsAt: at(24, 0), endsAt: at(25, 12)))]
        e += [.couponIssued(CouponIssueRecord(couponId: "K1", batchId: "B1", customer: "c1", at: at(21, 9))),
              .couponIssued(CouponIssueRecord(couponId: "K2", batchId: "B3", customer: "c8", at: at(15, 9))),
              .couponIssued(CouponIssueRecord(couponId: "K3", batchId: "B1", customer: "c3", at: at(21, 9))),
              .couponIssued(CouponIssueRecord(couponId: "K4", batchId: "B1", customer: "c4", at: at(22, 9))),
              .couponIssued(CouponIssueRecord(couponId: "K5", batchId: "B2", customer: "c2", at: at(22, 9))),
              .couponIssued(CouponIssueRecord(couponId: "K6", batchId: "B3", customer: "c1", at: at(15, 9)))]

        // Last week (day 18).
        e.append(order("W2", xiaoming, created: at(18, 9), paid: at(18, 9), total: 2_000, channel: .share,
                       items: [item("s8", "纸巾", 2, 1_000)]))
        e.append(order("W1", qianqi, created: at(18, 20, 30), paid: at(18, 20, 30, 30), total: 8_000, discount: 500,
                       channel: .liveStream, live: "L0", coupon: "B3", items: [item("s7", "零食大礼包", 1, 8_000)]))
        // Yesterday (day 24). Y3 is paid exactly at the end of yesterday's same stretch, Y4 one second later.
        e.append(order("Y2", zhaoliu, created: at(24, 10), paid: at(24, 10, 0, 10), total: 4_000,
                       channel: .officialAccount, items: [item("s9", "洗衣液", 1, 4_000)]))
        e.append(order("Y3", xiaoming, created: at(24, 14, 30), paid: at(24, 14, 30), total: 6_000, channel: .share,
                       items: [item("s3", "保温杯", 1, 6_000)]))
        e.append(order("Y4", xiaohong, created: at(24, 14, 30, 1), paid: at(24, 14, 30, 1), total: 1_000, channel: .share,
                       items: [item("s6", "数据线", 1, 1_000)]))
        e.append(order("Y1", tom, created: at(24, 23, 59, 59), paid: at(24, 23, 59, 59), status: .delivered, total: 7_700,
                       channel: .share, items: [item("s2", "蓝牙耳机 Pro", 1, 7_700)]))
        // Today (day 25). O1 at midnight exactly, O6 at `now` exactly, O8F after `now`, O7U never paid.
        e.append(order("O1", xiaoming, created: at(25, 0), paid: at(25, 0), total: 10_000, channel: .share,
                       items: [item("s1", "小米手环8", 1, 10_000)]))
        e.append(order("O2", tom, created: at(25, 9, 59), paid: at(25, 10, 0, 30), total: 25_600,
                       channel: .officialAccount, items: [item("s2", "蓝牙耳机 Pro", 2, 12_800)], transaction: o2Transaction))
        e.append(order("O3", xiaohong, created: at(25, 13, 10), paid: at(25, 13, 10, 20), total: 12_000, discount: 2_000,
                       channel: .liveStream, live: "L1", coupon: "B1", items: [item("s3", "保温杯", 1, 12_000)]))
        e.append(order("O4", xiaoming, created: at(25, 13, 10, 40), paid: at(25, 13, 10, 50), total: 5_000,
                       channel: .liveStream, live: "L1", items: [item("s4", "手机壳", 1, 5_000)]))
        e.append(order("O7U", wangwu, created: at(25, 14), paid: nil, status: .created, total: 990, channel: .search,
                       items: [item("s6", "数据线", 1, 990)]))
        e.append(order("O5", aqiang, created: at(25, 14, 29), paid: at(25, 14, 29, 59), total: 30_000, discount: 2_000,
                       channel: .liveStream, live: "L1", coupon: "B1",
                       items: [item("s5", "羽绒服", 1, 25_000), item("s6", "数据线", 5, 1_000)]))
        e.append(order("O6", xiaoli, created: at(25, 14, 30), paid: at(25, 14, 30), total: 3_300, channel: .search,
                       items: [item("s6", "数据线", 3, 1_100)]))
        e.append(order("O8F", tom, created: at(25, 15), paid: at(25, 15), total: 9_900, channel: .ads,
                       items: [item("s10", "充电宝", 1, 9_900)]))

        e += [.couponRedeemed(RedemptionRecord(couponId: "K2", batchId: "B3", outTradeNo: "W1", discount: Money(fen: 500), at: at(18, 20, 30, 30))),
              .couponRedeemed(RedemptionRecord(couponId: "K3", batchId: "B1", outTradeNo: "O3", discount: Money(fen: 2_000), at: at(25, 13, 10, 20))),
              .couponRedeemed(RedemptionRecord(couponId: "K4", batchId: "B1", outTradeNo: "O5", discount: Money(fen: 2_000), at: at(25, 14, 29, 59)))]

        // Refunds: R2 succeeded last week, R1 today, R3 is still being processed.
        e += [.refund(RefundRecord(refundNo: "R2", outTradeNo: "W2", amount: Money(fen: 2_000), reason: "不想要了",
                                   status: .succeeded, requestedAt: at(18, 10), succeededAt: at(18, 11))),
              .refund(RefundRecord(refundNo: "R3", outTradeNo: "O2", amount: Money(fen: 1_000), reason: "少发配件",
                                   status: .processing, requestedAt: at(25, 12))),
              .refund(RefundRecord(refundNo: "R1", outTradeNo: "O4", amount: Money(fen: 5_000), reason: "拍错了",
                                   status: .succeeded, requestedAt: at(25, 13, 30), succeededAt: at(25, 14)))]
        e += [.orderStatus(OrderStatusChange(outTradeNo: "W2", status: .refunded, at: at(18, 11))),
              .orderStatus(OrderStatusChange(outTradeNo: "O4", status: .refunded, at: at(25, 14))),
              .orderStatus(OrderStatusChange(outTradeNo: "W1", status: .shipped, at: at(18, 22))),
              .orderStatus(OrderStatusChange(outTradeNo: "W1", status: .delivered, at: at(19, 12))),
              .orderStatus(OrderStatusChange(outTradeNo: "Y3", status: .shipped, at: at(24, 15))),
              .orderStatus(OrderStatusChange(outTradeNo: "Y3", status: .delivered, at: at(25, 9))),
              .orderStatus(OrderStatusChange(outTradeNo: "O2", status: .shipped, at: at(25, 11)))]
        // Parcels: T2 on its way (O2), T4 and T5 delivered. Y2, Y4, O1 have none and are overdue after 12 h.
        e += [.shipment(ShipmentEvent(outTradeNo: "O2", carrier: "顺丰", trackingNo: "T2", status: .picked, at: at(25, 11))),
              .shipment(ShipmentEvent(outTradeNo: "O2", carrier: "顺丰", trackingNo: "T2", status: .inTransit, at: at(25, 12),
                                      detail: "杭州转运中心")),
              .shipment(ShipmentEvent(outTradeNo: "Y3", carrier: "中通", trackingNo: "T4", status: .created, at: at(24, 15))),
              .shipment(ShipmentEvent(outTradeNo: "Y3", carrier: "中通", trackingNo: "T4", status: .delivered, at: at(25, 9))),
              .shipment(ShipmentEvent(outTradeNo: "W1", carrier: "圆通", trackingNo: "T5", status: .created, at: at(18, 22))),
              .shipment(ShipmentEvent(outTradeNo: "W1", carrier: "圆通", trackingNo: "T5", status: .delivered, at: at(19, 12)))]

        // Visits. Cohorts: day 11 {v12}, day 18 {c1, c8, v11}, day 24 {c2, c7, v9}, day 25 {c3, c4, c5, v10}.
        e += [visit("V-11a", "v12", at(11, 10), pages: 2, seconds: 60, .search),
              visit("V-18a", "c1", at(18, 8, 30), pages: 4, seconds: 200, .share),
              visit("V-18b", "c8", at(18, 20, 20), pages: 5, seconds: 500, .liveStream, live: "L0"),
              visit("V-18c", "v11", at(18, 20, 25), pages: 1, seconds: 30, .liveStream, live: "L0"),
              visit("V-24a", "v9", at(24, 8), pages: 1, seconds: 20, .ads),
              visit("V-24b", "c7", at(24, 9, 59), pages: 2, seconds: 60, .officialAccount),
              visit("V-24c", "c1", at(24, 14), pages: 3, seconds: 90, .share),
              visit("V-24d", "c2", at(24, 23, 59, 59), pages: 2, seconds: 40, .share),
              visit("V1", "c1", at(25, 0), pages: 5, seconds: 120, .share),
              visit("V2", "c2", at(25, 9, 58), pages: 3, seconds: 300, .officialAccount),
              visit("V3", "c3", at(25, 13, 5), pages: 4, seconds: 600, .liveStream, live: "L1"),
              visit("V4", "c1", at(25, 13, 6), pages: 2, seconds: 100, .liveStream, live: "L1"),
              visit("V5", "v9", at(25, 13, 20), pages: 1, seconds: 30, .liveStream, live: "L1"),
              visit("V6", "c4", at(25, 14, 28), pages: 6, seconds: 200, .liveStream, live: "L1"),
              visit("V7", "c5", at(25, 14, 30), pages: 1, seconds: 10, .search),
              visit("V8", "v10", at(25, 16), pages: 2, seconds: 50, .search),
              visit("V-25z", "v12", at(25, 10), pages: 1, seconds: 15, .search)]
        e += [.addToCart(CartRecord(id: "K-1", visitor: "c3", at: at(25, 13, 8), sku: "s3", qty: 1)),
              .addToCart(CartRecord(id: "K-2", visitor: "c1", at: at(25, 13, 9), sku: "s4", qty: 1)),
              .addToCart(CartRecord(id: "K-3", visitor: "c4", at: at(25, 14, 28, 30), sku: "s5", qty: 1)),
              .addToCart(CartRecord(id: "K-4", visitor: "v9", at: at(25, 13, 21), sku: "s3", qty: 2)),
              .addToCart(CartRecord(id: "K-5", visitor: "c2", at: at(24, 10), sku: "s2", qty: 1))]
        return e
    }
}
