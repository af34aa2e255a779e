import ShopDemo
import ShopModel

/// 2026-11-25 21:10:00 in Shanghai: a Wednesday evening, inside the usual live-session hours.
let fixedNow: Int64 = ShopCalendar.shanghai.time(year: 2026, month: 11, day: 25, hour: 21, minute: 10)!

func generate(seed: UInt64, days: Int, ordersPerDay: Int, now: Int64 = fixedNow) -> (ledger: DemoLedger, chunks: [[ShopEvent]]) {
    var history = DemoShop(seed: seed).history(days: days, ordersPerDay: ordersPerDay, endingAt: now)
    var ledger = DemoLedger()
    var chunks: [[ShopEvent]] = []
    while let chunk = history.next() {
        ledger.fold(chunk)
        chunks.append(chunk)
    }
    return (ledger, chunks)
}

/// One plausibility-sized shop, generated once for all tests that only read it.
let sampleShop = generate(seed: 7, days: 21, ordersPerDay: 400)
