import Testing
@testable import ShopDemo
import ShopModel

@Suite struct DemoPlausibilityTests {
    let ledger = sampleShop.ledger
    let calendar = ShopCalendar.shanghai

    @Test func refundsAreTwoToFivePercentOfPaidOrdersAndMostlySucceed() {
        let paid = ledger.paidOrders.count
        let refundedOrders = Set(ledger.refunds.values.map(\.outTradeNo)).count
        let share = Double(refundedOrders) / Double(paid)
        #expect(share >= 0.02 && share <= 0.05, "refund share \(share)")
        let byStatus = Dictionary(grouping: ledger.refunds.values, by: \.status).mapValues(\.count)
        #expect((byStatus[.succeeded] ?? 0) > refundedOrders / 2, "\(byStatus)")
        #expect((byStatus[.requested] ?? 0) > 0, "\(byStatus)")
        #expect(ledger.refunds.values.filter { $0.status == .succeeded }.allSatisfy { $0.succeededAt != nil && $0.wechatRefundId != nil })
    }

    @Test func someOrdersArePaidButUnshippedForMoreThan48Hours() {
        let overdue = ledger.paidOrders.filter { o in
            ledger.shipments[o.outTradeNo] == nil && ledger.refunds["RF" + o.outTradeNo.dropFirst(2)] == nil
                && (o.paidAt ?? .max) < fixedNow - 48 * 3_600
        }
        let share = Double(overdue.count) / Double(ledger.paidOrders.count)
        #expect(overdue.count >= 20 && share < 0.03, "overdue \(overdue.count), share \(share)")
    }

    @Test func shippedOrdersHaveATrailWithACarrierAndTrackingNumber() {
        let carriers = Set(ledger.shipments.values.flatMap { $0.map(\.carrier) })
        #expect(carriers == ["顺丰", "中通", "圆通", "京东"])
        for (no, trail) in ledger.shipments {
            #expect(Set(trail.map(\.trackingNo)).count == 1, "\(no)")
            #expect(trail.first?.status == .picked, "\(no)")
            #expect(zip(trail, trail.dropFirst()).allSatisfy { $0.at < $1.at }, "\(no)")
            let shipped = ledger.statuses[no]?.first { $0.status == .shipped }
            #expect(shipped?.at == trail.first?.at, "\(no)")
            #expect((ledger.orders[no]?.paidAt ?? .max) < trail[0].at, "\(no)")
        }
        let delivered = ledger.shipments.values.filter { $0.last?.status == .delivered }.count
        #expect(delivered > ledger.shipments.count * 3 / 4)
    }

    @Test func unpaidOrdersAreClosed() {
        let unpaid = ledger.orders.values.filter { $0.paidAt == nil }
        #expect(!unpaid.isEmpty)
        for o in unpaid where o.createdAt < fixedNow - 3_600 {
            #expect(ledger.status(of: o.outTradeNo) == .closed, "\(o.outTradeNo)")
        }
    }

    @Test func liveSessionOrdersBelongToTheirSession() {
        let sessions = ledger.sessions.values.filter { $0.endedAt != nil }
        #expect(sessions.count >= 8, "\(sessions.count) sessions")
        for s in sessions {
            let orders = ledger.orders.values.filter { $0.liveSession == s.id }
            #expect(orders.count > 10, "\(s.id)")
            #expect(orders.allSatisfy { $0.channel == .liveStream && $0.createdAt >= s.startedAt && $0.createdAt < s.endedAt! })
        }
        #expect(sessions.allSatisfy { LiveSessionPlan.titles.contains($0.title) })
        let liveOrders = ledger.orders.values.filter { $0.channel == .liveStream }.count
        #expect(Double(liveOrders) / Double(ledger.orders.count) > 0.05)
    }

    /// At a busier shop, so that a rush stands out from chance: a session's busiest minute is
    /// several times its typical minute (without links going up it would be about twice).
    @Test func liveSessionsSpikeWhenALinkGoesUp() throws {
        let busy = generate(seed: 21, days: 2, ordersPerDay: 5_000).ledger
        let sessions = busy.sessions.values.filter { $0.endedAt != nil }
        try #require(!sessions.isEmpty)
        for s in sessions {
            var perMinute = [Int](repeating: 0, count: Int((s.endedAt! - s.startedAt) / 60))
            for o in busy.orders.values where o.liveSession == s.id { perMinute[Int((o.createdAt - s.startedAt) / 60)] += 1 }
            let sorted = perMinute.sorted()
            let median = sorted[sorted.count / 2], peak = sorted.last!
            #expect(Double(peak) >= 3 * Double(max(1, median)), "\(s.id): peak \(peak), median \(median)")
        }
    }

    @Test func buyersComeBackOnOtherDays() {
        var days: [String: Set<Int64>] = [:]
        for o in ledger.paidOrders { days[o.customer!, default: []].insert(calendar.dayNumber(o.createdAt)) }
        let repeaters = days.values.filter { $0.count >= 2 }.count
        let share = Double(repeaters) / Double(days.count)
        #expect(share > 0.1 && share < 0.6, "repeat buyers \(share)")
        // The same person always has the same nickname and phone.
        var seen: [String: (String?, String?)] = [:]
        for o in ledger.orders.values {
            if let before = seen[o.customer!] { #expect(before.0 == o.nickname && before.1 == o.phone) }
            seen[o.customer!] = (o.nickname, o.phone)
        }
    }

    /// Day-1 retention beats day-7, which is still above zero: what a cohort table should show.
    @Test func visitorsReturnWithDecayingRetention() {
        var firstDay: [String: Int64] = [:]
        var visitorDays: [String: Set<Int64>] = [:]
        for v in ledger.visits {
            let d = calendar.dayNumber(v.startedAt)
            firstDay[v.visitor] = min(firstDay[v.visitor] ?? .max, d)
            visitorDays[v.visitor, default: []].insert(d)
        }
        let cohortDay = calendar.dayNumber(fixedNow) - 14
        let cohort = firstDay.filter { $0.value == cohortDay }.map(\.key)
        func rate(_ offset: Int64) -> Double {
            Double(cohort.filter { visitorDays[$0]!.contains(cohortDay + offset) }.count) / Double(cohort.count)
        }
        #expect(cohort.count > 1_000)
        let d1 = rate(1), d7 = rate(7)
        #expect(d1 > d7 && d7 > 0.005 && d1 < 0.6, "day 1 \(d1), day 7 \(d7)")
    }

    @Test func phonesNicknamesAndCitiesLookChinese() {
        let phones = ledger.orders.values.compactMap(\.phone)
        #expect(phones.allSatisfy { p in
            p.count == 11 && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber) && p.hasPrefix("1") && "3456789".contains(Array(p)[1])
        })
        let cities = Set(ledger.orders.values.compactMap(\.city))
        #expect(cities.isSuperset(of: ["上海", "北京", "广州", "深圳", "杭州", "成都"]))
        let nicknames = ledger.orders.values.compactMap(\.nickname)
        #expect(nicknames.contains { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation } })
        #expect(nicknames.filter { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }.count > nicknames.count / 2)
        let names = Set(ledger.orders.values.flatMap { $0.items.map(\.name) })
        #expect(names.count >= 35 && names.contains("螺蛳粉 5 袋装") && names.contains("小米手环8"))
        #expect(Set(ledger.orders.values.map(\.channel)) == Set(Channel.allCases))
    }

    @Test func couponsOfEveryKindAreIssuedAndRedeemed() {
        let redeemedKinds = Set(ledger.redemptions.values.compactMap { ledger.batches[$0.batchId]?.kind })
        #expect(redeemedKinds == Set(CouponKind.allCases))
        #expect(ledger.batches.values.contains { $0.name == "满100减20" && $0.kind == .threshold && $0.minSpend.fen == 100_00 })
        let rate = Double(ledger.redemptions.count) / Double(ledger.issued.count)
        #expect(rate > 0.05 && rate < 0.6, "redemption rate \(rate)")
        for r in ledger.redemptions.values {
            let order = ledger.orders[r.outTradeNo]!
            let batch = ledger.batches[r.batchId]!
            #expect(order.total >= batch.minSpend && r.at >= batch.startsAt && r.at < batch.endsAt, "\(r.outTradeNo)")
            #expect((ledger.issued[r.couponId!]?.at ?? .max) < order.createdAt, "\(r.outTradeNo)")
            switch batch.kind {
            case .threshold: #expect(r.discount == batch.value)
            case .percent: #expect(r.discount.fen == order.total.fen * Int64(batch.percentOff!) / 100)
            case .fixed: #expect(r.discount.fen == min(batch.value.fen, order.total.fen - 1))
            }
        }
        for batch in ledger.batches.values {
            let issued = ledger.issued.values.filter { $0.batchId == batch.batchId }.count
            #expect(issued <= batch.quota, "\(batch.batchId)")
        }
    }

    @Test func theFunnelNarrowsFromVisitToPayment() {
        let visitors = Set(ledger.visits.map(\.visitor)).count
        let carted = Set(ledger.carts.map(\.visitor)).count
        let ordered = Set(ledger.orders.values.compactMap(\.customer)).count
        let paid = Set(ledger.paidOrders.compactMap(\.customer)).count
        #expect(visitors > carted && carted > ordered && ordered > paid, "\(visitors) \(carted) \(ordered) \(paid)")
        // Everyone who ordered visited and put something in the cart.
        let visitorSet = Set(ledger.visits.map(\.visitor)), cartSet = Set(ledger.carts.map(\.visitor))
        #expect(ledger.orders.values.allSatisfy { visitorSet.contains($0.customer!) && cartSet.contains($0.customer!) })
    }
}
