import Testing
import ShopDemo
import ShopModel

@Suite struct DemoDeterminismTests {
    @Test func sameSeedGivesTheSameHistory() {
        let a = generate(seed: 42, days: 3, ordersPerDay: 300)
        let b = generate(seed: 42, days: 3, ordersPerDay: 300)
        #expect(a.chunks.count == b.chunks.count)
        #expect(a.chunks == b.chunks)
        #expect(a.ledger.orders.count > 500)
    }

    @Test func anotherSeedGivesAnotherHistory() {
        let a = generate(seed: 42, days: 2, ordersPerDay: 200)
        let b = generate(seed: 43, days: 2, ordersPerDay: 200)
        #expect(a.chunks != b.chunks)
    }

    @Test func sameSeedGivesTheSameLiveSelling() {
        func run() -> [ShopEvent] {
            var live = DemoShop(seed: 5).history(days: 1, ordersPerDay: 100, endingAt: fixedNow).live(rate: 4)
            return (1...120).flatMap { live.advance(to: fixedNow + Int64($0)) }
        }
        let a = run()
        #expect(a == run())
        #expect(a.count > 1_000)
    }
}

@Suite struct DemoHistoryShapeTests {
    let shop = sampleShop

    @Test func chunksAreHourLongTimeOrderedAndNeverInTheFuture() {
        var previousEnd: Int64 = .min
        for chunk in shop.chunks {
            var first: Int64?, last: Int64 = .min
            for event in chunk {
                if case .couponBatch = event {} else {
                    #expect(eventTime(event) <= fixedNow, "from the future: \(event)")
                }
                guard let t = emissionTime(event) else { continue }
                #expect(t >= last && t >= previousEnd, "out of order: \(event)")
                first = first ?? t
                last = t
            }
            if let first { #expect(last - first < 3_600) }
            previousEnd = max(previousEnd, last)
        }
        // 21 whole days plus today up to 21:10: one chunk per hour.
        #expect(shop.chunks.count == 21 * 24 + 22)
    }

    @Test func everyEventIsAboutSomethingKnownAndNoKeyRepeats() {
        #expect(shop.ledger.problems.count == 0, "\(shop.ledger.problems.prefix(5))")
        #expect(Set(shop.ledger.visits.map(\.id)).count == shop.ledger.visits.count)
        #expect(Set(shop.ledger.carts.map(\.id)).count == shop.ledger.carts.count)
    }

    @Test func ordersPerDayIsHonouredOnAverage() {
        let days = 21.0 + 21.0 / 24
        let perDay = Double(shop.ledger.orders.count) / days
        #expect(perDay > 400 * 0.8 && perDay < 400 * 1.2, "orders per day: \(perDay)")
    }

    @Test func moneyIsNonNegativeAndAddsUp() {
        for o in shop.ledger.orders.values {
            #expect(!o.items.isEmpty)
            #expect(o.items.allSatisfy { $0.qty > 0 && $0.unit.fen > 0 })
            #expect(o.items.reduce(Money.zero) { $0 + $1.lineTotal } == o.total, "\(o.outTradeNo)")
            #expect(o.discount.fen >= 0 && o.paid.fen > 0)
            #expect(o.paid == o.total - o.discount, "\(o.outTradeNo)")
            if let batch = o.coupon {
                let r = shop.ledger.redemptions[o.outTradeNo]
                #expect(r?.batchId == batch && r?.discount == o.discount, "\(o.outTradeNo)")
            } else {
                #expect(o.discount == .zero)
            }
        }
        for r in shop.ledger.refunds.values {
            let order = shop.ledger.orders[r.outTradeNo]
            #expect(r.amount.fen > 0 && r.amount <= (order?.paid ?? .zero), "\(r.refundNo)")
        }
    }

    @Test func visitsOutnumberOrdersAtAUsualConversion() {
        let conversion = Double(shop.ledger.orders.count) / Double(shop.ledger.visits.count)
        #expect(conversion > 0.03 && conversion < 0.08, "orders per visit: \(conversion)")
        #expect(shop.ledger.visits.allSatisfy { $0.durationSeconds > 0 && $0.pages >= 1 })
        #expect(shop.ledger.carts.count > shop.ledger.orders.count)
    }

    @Test func nightsAreQuietAndEveningsPeak() {
        let clock = ShopCalendar.shanghai
        var byHour = [Int](repeating: 0, count: 24)
        for o in shop.ledger.orders.values where o.channel != .liveStream {
            byHour[Int(clock.timeLabel(o.createdAt).prefix(2))!] += 1
        }
        let night = byHour[2...5].reduce(0, +), evening = byHour[20...21].reduce(0, +), lunch = byHour[12]
        #expect(evening > night * 8, "\(byHour)")
        #expect(lunch > byHour[3] * 5 && lunch > byHour[15], "\(byHour)")
    }
}

/// The time by which the generator releases an event, for the kinds whose own time is that
/// moment. Visits and cart steps that led to an order are recorded when the order is placed,
/// refunds carry their request time, batches are announced ahead: those return nil.
func emissionTime(_ e: ShopEvent) -> Int64? {
    switch e {
    case .visit, .addToCart, .refund, .couponBatch: nil
    default: eventTime(e)
    }
}
