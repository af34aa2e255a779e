import ShopModel
@testable import ShopDashboard

/// A believable afternoon of a small WeChat shop selling hairy crabs, fruit and tea, fixed at
/// 2026-11-25 14:32:10 Shanghai time so every frame is the same on every run.
enum Fixture {
    static let calendar = ShopCalendar.shanghai
    static let now = calendar.time(year: 2026, month: 11, day: 25, hour: 14, minute: 32, second: 10)!
    static let today = calendar.startOfDay(now)
    static func at(_ h: Int, _ m: Int, _ s: Int = 0, daysAgo: Int = 0) -> Int64 {
        calendar.startOfDay(now, addingDays: -daysAgo) + Int64(h * 3_600 + m * 60 + s)
    }
    static func yuan(_ text: String) -> Money { Money(yuan: text)! }

    /// The shape of a day of this shop, per hour, in fen: quiet nights, a lunch bump, the evening stream.
    static let dayCurve: [Int64] = [120, 60, 20, 10, 10, 30, 90, 240, 420, 610, 720, 800,
                                    880, 760, 690, 650, 700, 820, 1_050, 1_480, 1_920, 2_100, 1_400, 520]
        .map { Int64($0) * 1_000 }

    static var kpis: KPISnapshot {
        let hours = Int((now - today) / 3_600) + 1
        let gmv = dayCurve.enumerated().map { i, v in Money(fen: i < hours ? v * 11 / 10 + Int64(i * 137) : 0) }
        let orders = gmv.map { Int($0.fen / 21_000) }
        let uv = dayCurve.enumerated().map { i, v in i < hours ? Int(v / 3_100) + 12 : 0 }
        return KPISnapshot(
            window: TimeWindow(start: today, end: now),
            current: KPIValues(gmv: yuan("86432.50"), paidOrders: 412, buyers: 367, uv: 5_210, pv: 18_944,
                               refundAmount: yuan("1288.00"), refunds: 9),
            yesterday: KPIValues(gmv: yuan("77120.30"), paidOrders: 380, buyers: 341, uv: 4_980, pv: 17_200,
                                 refundAmount: yuan("960.00"), refunds: 6),
            lastWeek: KPIValues(gmv: yuan("91200.00"), paidOrders: 450, buyers: 398, uv: 5_600, pv: 19_800,
                                refundAmount: yuan("1500.00"), refunds: 11),
            hourlyGMV: gmv, hourlyOrders: orders, hourlyUV: uv,
            hourlyBuyers: orders.map { $0 * 9 / 10 }, hourlyPV: uv.map { $0 * 36 / 10 },
            hourlyRefundAmount: gmv.enumerated().map { i, g in Money(fen: g.fen * Int64(1 + i % 5) / 100) })
    }

    static var sales: SalesSeries {
        let points = (0..<24).map { (h: Int) -> SalesPoint in
            let start: Int64 = today + Int64(h) * 3_600
            let fen: Int64 = start <= now ? dayCurve[h] * 11 / 10 + Int64(h * 137) : 0
            return SalesPoint(start: start, gmv: Money(fen: fen), orders: Int(fen / 21_000))
        }
        let previous = (0..<24).map { (h: Int) -> SalesPoint in
            let fen: Int64 = dayCurve[(h + 23) % 24]
            let start: Int64 = today - 86_400 + Int64(h) * 3_600
            return SalesPoint(start: start, gmv: Money(fen: fen), orders: Int(fen / 20_500))
        }
        return SalesSeries(granularity: .hour, window: TimeWindow(start: today, end: today + 86_400),
                           points: points, previous: previous, paidSince: today - 40 * 86_400)
    }

    static let channels = [
        ChannelSlice(channel: .liveStream, gmv: yuan("38950.20"), orders: 176, visitors: 2_140),
        ChannelSlice(channel: .officialAccount, gmv: yuan("16210.00"), orders: 83, visitors: 980),
        ChannelSlice(channel: .groupAd, gmv: yuan("12880.50"), orders: 61, visitors: 720),
        ChannelSlice(channel: .share, gmv: yuan("9930.80"), orders: 52, visitors: 830),
        ChannelSlice(channel: .search, gmv: yuan("5120.00"), orders: 27, visitors: 410),
        ChannelSlice(channel: .ads, gmv: yuan("3341.00"), orders: 13, visitors: 130),
    ]

    static var liveSessions: [LiveSessionStats] {
        func perMinute(from start: Int64, minutes: Int, base: Int64) -> [SalesPoint] {
            (0..<minutes).map { m in
                let wave = Int64((m * 37) % 23) * 900 + Int64(m % 7) * 400
                let fen = base + wave + (m > minutes / 2 && m < minutes / 2 + 6 ? 42_000 : 0)
                return SalesPoint(start: start + Int64(m) * 60, gmv: Money(fen: fen), orders: Int(fen / 16_000))
            }
        }
        let crabStart = at(13, 30)
        let crab = perMinute(from: crabStart, minutes: 62, base: 18_000)
        let apples = perMinute(from: at(9, 0), minutes: 90, base: 6_000)
        let tea = perMinute(from: at(20, 0, daysAgo: 1), minutes: 150, base: 9_000)
        func stats(_ id: String, _ title: String, _ start: Int64, _ end: Int64?, _ points: [SalesPoint], _ viewers: Int) -> LiveSessionStats {
            LiveSessionStats(id: id, title: title, startedAt: start, endedAt: end,
                             gmv: points.reduce(Money.zero) { $0 + $1.gmv }, orders: points.reduce(0) { $0 + $1.orders },
                             viewers: viewers, perMinute: points, peak: points.max { ($0.gmv, $1.start) < ($1.gmv, $0.start) })
        }
        return [
            stats("LS1125B", "双11返场 · 阳澄湖大闸蟹专场", crabStart, nil, crab, 12_480),
            stats("LS1125A", "早间上新 · 阿克苏冰糖心苹果", at(9, 0), at(10, 30), apples, 6_310),
            stats("LS1124C", "夜场 · 云南古树普洱品鉴", at(20, 0, daysAgo: 1), at(22, 30, daysAgo: 1), tea, 9_870),
        ]
    }

    static var coupons: [CouponBatchStats] {
        func batch(_ id: String, _ name: String, _ kind: CouponKind, _ value: String, percent: Int? = nil,
                   min: String = "0", quota: Int, _ status: CouponStatus, start: Int64, end: Int64) -> CouponBatchRecord {
            CouponBatchRecord(batchId: id, name: name, kind: kind, value: yuan(value), percentOff: percent,
                              minSpend: yuan(min), quota: quota, status: status, startsAt: start, endsAt: end)
        }
        return [
            CouponBatchStats(batch: batch("CB1101", "满199减30 冬季囤货", .threshold, "30", min: "199", quota: 5_000, .running,
                                          start: at(0, 0, daysAgo: 24), end: at(23, 59, daysAgo: -5)),
                             issued: 3_812, redeemed: 1_164, discount: yuan("34920.00"), gmv: yuan("281044.60")),
            CouponBatchStats(batch: batch("CB1115", "新人立减10元", .fixed, "10", quota: 20_000, .running,
                                          start: at(0, 0, daysAgo: 10), end: at(23, 59, daysAgo: -36)),
                             issued: 6_240, redeemed: 1_873, discount: yuan("18730.00"), gmv: yuan("152310.90")),
            CouponBatchStats(batch: batch("CB1125L", "直播间专享9折", .percent, "0", percent: 10, quota: 800, .running,
                                          start: at(13, 30), end: at(16, 0)),
                             issued: 622, redeemed: 241, discount: yuan("4318.70"), gmv: yuan("38868.30")),
            CouponBatchStats(batch: batch("CB1120", "会员日满300减50", .threshold, "50", min: "300", quota: 1_000, .paused,
                                          start: at(0, 0, daysAgo: 5), end: at(23, 59, daysAgo: -2)),
                             issued: 430, redeemed: 96, discount: yuan("4800.00"), gmv: yuan("41250.00")),
            CouponBatchStats(batch: batch("CB1105", "秋冬上新满99减10", .threshold, "10", min: "99", quota: 3_000, .running,
                                          start: at(0, 0, daysAgo: 20), end: at(0, 0, daysAgo: 1)),
                             issued: 2_980, redeemed: 1_402, discount: yuan("14020.00"), gmv: yuan("198760.00")),
            CouponBatchStats(batch: batch("CB1108", "双11预热券", .fixed, "20", min: "100", quota: 2_000, .stopped,
                                          start: at(0, 0, daysAgo: 17), end: at(0, 0, daysAgo: 14)),
                             issued: 1_210, redeemed: 388, discount: yuan("7760.00"), gmv: yuan("61230.00")),
        ]
    }

    static var visits: VisitStats {
        let uvCurve = dayCurve.enumerated().map { i, v in Fixture.at(i, 0) <= now ? Int(v / 3_100) + 12 : 0 }
        return VisitStats(window: TimeWindow(start: today, end: now), uv: 5_210, pv: 18_944, visits: 7_436,
                          totalStaySeconds: 5_210 * 197, newVisitors: 3_388,
                          channels: channels.map { ChannelSlice(channel: $0.channel, gmv: $0.gmv, orders: $0.orders,
                                                                visitors: $0.visitors) }
                              + [ChannelSlice(channel: .other, gmv: .zero, orders: 0, visitors: 40)],
                          hourlyUV: uvCurve)
    }

    static let funnel = Funnel(visitors: 5_210, carted: 1_322, ordered: 486, paid: 412)

    static var retention: [RetentionCohort] {
        (1...14).map { back in
            let day = calendar.startOfDay(now, addingDays: -back)
            let size = 900 + (back * 131) % 400
            let base = [0.31, 0.22, 0.17, 0.14, 0.12, 0.105, 0.09, 0.06, 0.035]
            let returned: [Int?] = RetentionCohort.offsets.enumerated().map { i, offset in
                guard offset <= back else { return nil }
                let wobble = 1 + Double((back * 7 + i * 3) % 9 - 4) / 40
                return Int((Double(size) * base[i] * wobble).rounded())
            }
            return RetentionCohort(day: day, size: size, returned: returned)
        }
    }

    static var logistics: LogisticsStats {
        let overdue = [
            OverdueShipment(outTradeNo: "WX202611221018230417", nickname: "陈静", paidAt: at(10, 18, daysAgo: 3),
                            amount: yuan("596.00"), city: "杭州"),
            OverdueShipment(outTradeNo: "WX202611222141080932", nickname: "小蜜蜂🐝", paidAt: at(21, 41, daysAgo: 3),
                            amount: yuan("128.00"), city: "成都"),
            OverdueShipment(outTradeNo: "WX202611230907440151", nickname: "老周", paidAt: at(9, 7, daysAgo: 2),
                            amount: yuan("1288.00"), city: "北京"),
            OverdueShipment(outTradeNo: "WX202611231355120388", nickname: "Lucy王", paidAt: at(13, 55, daysAgo: 2),
                            amount: yuan("89.90"), city: "上海"),
            OverdueShipment(outTradeNo: "WX202611231620590772", nickname: "糖糖", paidAt: at(16, 20, daysAgo: 2),
                            amount: yuan("259.00"), city: "深圳"),
        ]
        let refunds = [
            RefundRow(refund: RefundRecord(refundNo: "RF11250012", outTradeNo: "WX202611251402330911", amount: yuan("298.00"),
                                           reason: "螃蟹到货有死蟹", status: .requested, requestedAt: at(14, 22)),
                      nickname: "张伟"),
            RefundRow(refund: RefundRecord(refundNo: "RF11250011", outTradeNo: "WX202611251133020456", amount: yuan("59.90"),
                                           reason: "拍错规格", status: .processing, requestedAt: at(13, 40)),
                      nickname: "刘洋"),
            RefundRow(refund: RefundRecord(refundNo: "RF11250010", outTradeNo: "WX202611250921470233", amount: yuan("128.00"),
                                           reason: "不想要了", status: .succeeded, requestedAt: at(11, 5), succeededAt: at(11, 40)),
                      nickname: "吴倩"),
            RefundRow(refund: RefundRecord(refundNo: "RF11250009", outTradeNo: "WX202611242012550871", amount: yuan("596.00"),
                                           reason: "物流太慢", status: .succeeded, requestedAt: at(9, 12), succeededAt: at(10, 1)),
                      nickname: "黄晓明"),
            RefundRow(refund: RefundRecord(refundNo: "RF11240031", outTradeNo: "WX202611241730140312", amount: yuan("39.90"),
                                           reason: "包装破损", status: .rejected, requestedAt: at(18, 2, daysAgo: 1)),
                      nickname: "杨帆"),
        ]
        return LogisticsStats(byStatus: [.created: 38, .picked: 21, .inTransit: 164, .outForDelivery: 47, .delivered: 1_206,
                                         .exception: 3, .returned: 2],
                              awaitingShipment: 86, overdue: overdue, overdueCount: 7, refunds: refunds,
                              refundTotals: KPIValues(gmv: yuan("86432.50"), paidOrders: 412, refundAmount: yuan("1288.00"),
                                                      refunds: 9))
    }

    static var data: DashboardData {
        DashboardData(kpis: kpis, sales: sales, channels: channels, liveSessions: liveSessions, coupons: coupons,
                      visits: visits, funnel: funnel, retention: retention, logistics: logistics, loadedAt: now)
    }

    static let nicknames = ["王小明", "李娜娜", "张伟", "刘洋🍊", "陈静", "杨帆", "赵姐的小店", "黄晓明", "周杰", "吴倩",
                            "小蜜蜂🐝", "Lucy王", "阿强", "糖糖", "大橙子", "老周", "林间小鹿", "Kevin", "孙阿姨", "马丁"]
    static let items = ["阳澄湖大闸蟹礼盒 4对 ×1", "阿克苏冰糖心苹果 5kg ×2", "五常稻花香大米 10kg ×1",
                        "云南古树普洱 357g ×1", "宁夏中宁枸杞 500g ×3", "赣南脐橙 9斤 ×1", "烟台红富士 带箱 ×1",
                        "大闸蟹 公4.0两 母3.0两 ×2"]
    static let amounts = ["298.00", "119.80", "89.90", "368.00", "107.70", "59.90", "79.00", "596.00", "1288.00", "39.90"]

    /// The feed as it stood when the dashboard opened: thirty orders over the last half hour.
    static var feedHistory: [FeedRow] {
        (0..<30).map { i in
            let t = now - Int64((30 - i) * 57)
            let channel: Channel = [.liveStream, .liveStream, .officialAccount, .share, .groupAd, .liveStream, .search][i % 7]
            let status: OrderStatus = i == 7 ? .refunding : (i % 11 == 3 ? .created : .paid)
            let amount = yuan(amounts[(i * 3) % amounts.count])
            return FeedRow(seq: Int64(1_000 + i), outTradeNo: orderNo(t, i), createdAt: t - 20,
                           paidAt: status == .created ? nil : t, nickname: nicknames[i % nicknames.count],
                           itemsSummary: items[i % items.count], amount: amount, channel: channel,
                           coupon: i % 4 == 0 ? "满199减30" : (i % 5 == 1 ? "直播间专享9折" : nil), status: status)
        }
    }

    /// What arrives a moment later: a big order and a run of refunds.
    static var feedNews: [FeedRow] {
        [
            FeedRow(seq: 1_030, outTradeNo: orderNo(now - 4, 31), createdAt: now - 30, paidAt: now - 4, nickname: "赵姐的小店",
                    itemsSummary: "阳澄湖大闸蟹礼盒 4对 ×12", amount: yuan("3576.00"), channel: .liveStream, coupon: nil, status: .paid),
        ] + (0..<3).map { i in
            FeedRow(seq: Int64(1_031 + i), outTradeNo: orderNo(now - 60 - Int64(i) * 40, 40 + i), createdAt: now - 900,
                    paidAt: now - 880, nickname: nicknames[(i * 5 + 2) % nicknames.count], itemsSummary: items[0],
                    amount: yuan("298.00"), channel: .liveStream, coupon: nil, status: .refunding)
        }
    }

    static func orderNo(_ t: Int64, _ i: Int) -> String {
        let day = calendar.dayLabel(t).replacingOccurrences(of: "-", with: "")
        let clock = calendar.timeLabel(t, seconds: true).replacingOccurrences(of: ":", with: "")
        return "WX\(day)\(clock)\(String(format: "%04d", (i * 7_919) % 10_000))"
    }

    static var searchResults: [OrderSummary] {
        (0..<6).map { i in
            let t = now - Int64(i) * 86_400 / 3 - 3_000
            return OrderSummary(outTradeNo: orderNo(t, 50 + i), transactionId: "42000028\(2026_1125 + i)55\(i)",
                                createdAt: t, nickname: nicknames[(i * 3) % nicknames.count], phone: "138****5678",
                                itemsSummary: items[(i + 2) % items.count], amount: yuan(amounts[i]),
                                status: [.paid, .shipped, .delivered, .refunded, .paid, .delivered][i], channel: .liveStream)
        }
    }

    static var orderDetail: OrderDetail {
        let created = now - 3_020
        let no = searchResults[0].outTradeNo
        let order = OrderRecord(outTradeNo: no, transactionId: "4200002820261125551", customer: "C10086", nickname: "王小明",
                                phone: "138****5678", city: "苏州", address: "江苏省苏州市****", createdAt: created,
                                paidAt: created + 25, status: .shipped, total: yuan("328.00"), discount: yuan("30.00"),
                                paid: yuan("298.00"), channel: .liveStream, liveSession: "LS1125B", coupon: "CB1101",
                                items: [OrderItem(sku: "CRAB-4P", name: "阳澄湖大闸蟹礼盒 4对", qty: 1, unit: yuan("268.00")),
                                        OrderItem(sku: "VINEGAR", name: "镇江香醋 蘸料包", qty: 2, unit: yuan("30.00"))],
                                remark: "请顺丰发货，周末送达")
        return OrderDetail(
            order: order,
            statusTrail: [StatusChange(status: .created, at: created), StatusChange(status: .paid, at: created + 25),
                          StatusChange(status: .shipped, at: created + 1_800)],
            redemption: RedemptionRecord(couponId: "CP88123", batchId: "CB1101", outTradeNo: no, discount: yuan("30.00"),
                                         at: created + 25),
            couponName: "满199减30 冬季囤货", refunds: [],
            shipments: [ShipmentEvent(outTradeNo: no, carrier: "顺丰速运", trackingNo: "SF1402339921847", status: .created,
                                      at: created + 1_800, detail: "苏州吴中仓已打单"),
                        ShipmentEvent(outTradeNo: no, carrier: "顺丰速运", trackingNo: "SF1402339921847", status: .picked,
                                      at: created + 2_700, detail: "快递员已揽收")],
            audit: [AuditEntry(id: 71, at: now - 600, user: "xiaoli", sshClient: "10.8.0.23", role: .operator,
                               action: "reveal", target: no, before: nil, after: nil)],
            revealed: false)
    }
}
