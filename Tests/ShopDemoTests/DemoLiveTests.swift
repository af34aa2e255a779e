import Testing
import ShopDemo
import ShopModel

@Suite struct DemoLiveTests {
    /// Ticks a fixed clock second by second; returns the orders placed in the first minute.
    /// The clock runs on a little, because an order is released once it is paid for.
    func ordersInAMinute(seed: UInt64, rate: Double) -> (orders: Int, events: [ShopEvent]) {
        var live = DemoShop(seed: seed).live(rate: rate, from: fixedNow)
        var events: [ShopEvent] = []
        for t in 1...Int64(60 + 41) { events += live.advance(to: fixedNow + t) }
        var ledger = DemoLedger()
        ledger.fold(events)
        let window = (fixedNow + 1)...(fixedNow + 60)
        return (ledger.orders.values.filter { window.contains($0.createdAt) }.count, events)
    }

    @Test(arguments: [(UInt64(1), 3.0), (UInt64(2), 3.0), (UInt64(3), 20.0)])
    func ordersArriveAtRoughlyTheRate(seed: UInt64, rate: Double) {
        let n = ordersInAMinute(seed: seed, rate: rate).orders
        let expected = rate * 60
        // Poisson: four standard deviations either side.
        #expect(abs(Double(n) - expected) <= 4 * expected.squareRoot(), "\(n) orders, expected \(expected)")
    }

    @Test func aLiveStreamBurstOf200OrdersASecondIsPossible() {
        let (n, events) = ordersInAMinute(seed: 4, rate: 200)
        #expect(abs(Double(n) - 12_000) < 600, "\(n) orders")
        var ledger = DemoLedger()
        ledger.fold(events)
        #expect(ledger.problems.isEmpty)
        #expect(!ledger.sessions.isEmpty)
        #expect(ledger.orders.values.contains { $0.channel == .liveStream && $0.liveSession != nil })
    }

    @Test func liveSellingMovesOrdersAlongAndRefundsSome() {
        var live = DemoShop(seed: 8).live(rate: 1, from: fixedNow)
        var ledger = DemoLedger()
        for t in stride(from: Int64(1), through: 2 * 3_600, by: 1) { ledger.fold(live.advance(to: fixedNow + t)) }
        #expect(ledger.problems.count == 0, "\(ledger.problems.prefix(3))")
        let statuses = Set(ledger.statuses.values.flatMap { $0.map(\.status) })
        #expect(statuses.isSuperset(of: [.shipped, .delivered, .refunding, .refunded, .closed]))
        #expect(ledger.refunds.values.contains { $0.status == .succeeded })
        #expect(ledger.sessions.count >= 2)
        #expect(ledger.issued.count > 0 && ledger.redemptions.count > 0)
        // Nothing is dated after the clock.
        #expect(ledger.orders.values.allSatisfy { ($0.paidAt ?? $0.createdAt) <= fixedNow + 2 * 3_600 })
    }

    @Test func liveSellingContinuesTheHistory() {
        var history = DemoShop(seed: 11).history(days: 2, ordersPerDay: 300, endingAt: fixedNow)
        var ledger = DemoLedger()
        while let chunk = history.next() { ledger.fold(chunk) }
        let before = ledger.orders.count
        var live = history.live(rate: 0.5)
        #expect(live.clock == fixedNow)
        for t in stride(from: Int64(10), through: 4 * 3_600, by: 10) { ledger.fold(live.advance(to: fixedNow + t)) }
        #expect(ledger.problems.count == 0, "\(ledger.problems.prefix(3))")
        #expect(ledger.orders.count > before + 6_000)
        // Parcels of orders paid before the history ended keep moving afterwards.
        let historyParcelsMovingLater = ledger.shipments.values.flatMap { $0 }.filter {
            $0.at > fixedNow && (ledger.orders[$0.outTradeNo]?.createdAt ?? .max) < fixedNow
        }
        #expect(!historyParcelsMovingLater.isEmpty)
    }

    @Test func aLongLiveRunLaunchesNextWeeksCoupons() {
        var history = DemoShop(seed: 12).history(days: 0, ordersPerDay: 100, endingAt: fixedNow)
        var ledger = DemoLedger()
        while let chunk = history.next() { ledger.fold(chunk) }
        var live = history.live(rate: 0.005)
        // Wednesday evening to the following Tuesday.
        for t in stride(from: Int64(600), through: 6 * 86_400, by: 600) { ledger.fold(live.advance(to: fixedNow + t)) }
        #expect(ledger.problems.count == 0, "\(ledger.problems.prefix(3))")
        let monday = ShopCalendar.shanghai.time(year: 2026, month: 11, day: 30)!
        let nextWeek = ledger.batches.values.filter { $0.startsAt == monday && $0.batchId.hasPrefix("W20261130") }
        #expect(nextWeek.count == 4)
        #expect(ledger.issued.values.contains { $0.batchId.hasPrefix("W20261130") && $0.at >= monday })
    }

    @Test func nothingHappensWhenTheClockDoesNotMove() {
        var live = DemoShop(seed: 1).live(rate: 50, from: fixedNow)
        #expect(live.advance(to: fixedNow).isEmpty)
        #expect(live.advance(to: fixedNow - 5).isEmpty)
        #expect(!live.advance(to: fixedNow + 1).isEmpty)
    }
}
