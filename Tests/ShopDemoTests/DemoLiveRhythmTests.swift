import Testing
import ShopDemo
import ShopModel

/// Without --rate the demo sells live as its history did: the same orders an hour at the same
/// hour of the day, so today's figures compare with yesterday's instead of tripling them.
@Suite struct DemoLiveRhythmTests {
    static let calendar = ShopCalendar.shanghai
    /// Thursday 2026-11-26 in Shanghai, the day sold live.
    static let day = calendar.time(year: 2026, month: 11, day: 26, hour: 0, minute: 0)!
    static let seed: UInt64 = 21
    static let ordersPerDay = 1_000

    /// The day as the history makes it when it is the history's last day.
    static let historyDay: DemoLedger = {
        var history = DemoShop(seed: seed).history(days: 3, ordersPerDay: ordersPerDay, endingAt: day + 86_399)
        var ledger = DemoLedger()
        while let chunk = history.next() { ledger.fold(chunk) }
        return ledger
    }()

    /// The same day sold live at the default, after a history that ends the evening before.
    static let liveDay: DemoLedger = {
        var history = DemoShop(seed: seed).history(days: 3, ordersPerDay: ordersPerDay, endingAt: day - 1)
        var ledger = DemoLedger()
        while let chunk = history.next() { ledger.fold(chunk) }
        var live = history.live(rate: nil)
        for t in stride(from: day + 60, through: day + 86_400 + 600, by: 60) { ledger.fold(live.advance(to: t)) }
        return ledger
    }()

    static func ordersPerHour(_ ledger: DemoLedger) -> [Int] {
        var hours = Array(repeating: 0, count: 24)
        for order in ledger.orders.values where order.createdAt >= day && order.createdAt < day + 86_400 {
            hours[Int((order.createdAt - day) / 3_600)] += 1
        }
        return hours
    }

    @Test func liveOrdersFollowTheHistorysHours() {
        let history = Self.ordersPerHour(Self.historyDay), live = Self.ordersPerHour(Self.liveDay)
        let historyTotal = history.reduce(0, +), liveTotal = live.reduce(0, +)
        #expect(historyTotal > 800 && historyTotal < 1_400, "history: \(history)")
        // Both are Poisson draws around the same means: four standard deviations of their difference.
        #expect(abs(Double(liveTotal - historyTotal)) <= 4 * Double(liveTotal + historyTotal).squareRoot(),
                "live \(liveTotal) vs history \(historyTotal)")
        for hour in 0..<24 {
            let slack = 4 * Double(live[hour] + history[hour]).squareRoot() + 3
            #expect(abs(Double(live[hour] - history[hour])) <= slack,
                    "\(hour):00 live \(live[hour]) vs history \(history[hour])\nlive \(live)\nhistory \(history)")
        }
        // Night is quiet and the evening busy, live as in the history.
        #expect(live[3] * 5 < live[20], "live \(live)")
    }

    @Test func refundsDoNotSpike() {
        func refundsPerHour(_ ledger: DemoLedger) -> [Int] {
            var hours = Array(repeating: 0, count: 24)
            for refund in ledger.refunds.values where refund.requestedAt >= Self.day && refund.requestedAt < Self.day + 86_400 {
                hours[Int((refund.requestedAt - Self.day) / 3_600)] += 1
            }
            return hours
        }
        let history = refundsPerHour(Self.historyDay), live = refundsPerHour(Self.liveDay)
        let usual = Double(history.reduce(0, +)) / 24
        // check's refund_spike warns at three times the usual hour.
        #expect(Double(live.max() ?? 0) < max(5, 3 * usual), "live \(live) vs history \(history)")
        #expect(live.reduce(0, +) <= 2 * history.reduce(0, +) + 10, "live \(live) vs history \(history)")
    }

    @Test func aGivenRateStillWins() {
        var live = DemoShop(seed: 3).live(rate: 2, from: Self.day + 3 * 3_600)
        var ledger = DemoLedger()
        for t in stride(from: Int64(1), through: 600 + 41, by: 1) { ledger.fold(live.advance(to: Self.day + 3 * 3_600 + t)) }
        let window = (Self.day + 3 * 3_600 + 1)...(Self.day + 3 * 3_600 + 600)
        let n = ledger.orders.values.filter { window.contains($0.createdAt) }.count
        #expect(abs(Double(n) - 1_200) <= 4 * 1_200.0.squareRoot(), "\(n) orders at 2/s for 10 min at 03:00")
    }

    @Test func theHistorysPaceIsItsDayCurve() {
        var live = DemoShop(seed: 3).live(rate: nil, ordersPerDay: 2_400, from: Self.day)
        var day = 0.0
        for hour in 0..<24 {
            let start = Self.day + Int64(hour) * 3_600
            let orders = live.historyOrders(from: start, to: start + 3_600)
            day += orders.base + orders.live
        }
        // A day of the plan brings about the orders asked for: weekday, trend and noise move it by less than a fifth.
        #expect(day > 2_400 * 0.8 && day < 2_400 * 1.3, "\(day)")
        let night = live.historyOrders(from: Self.day + 3 * 3_600, to: Self.day + 4 * 3_600)
        let lunch = live.historyOrders(from: Self.day + 12 * 3_600, to: Self.day + 13 * 3_600)
        #expect(night.base * 10 < lunch.base)
    }
}
