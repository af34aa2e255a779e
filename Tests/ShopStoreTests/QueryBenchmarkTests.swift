import Foundation
import Testing
import ShopModel
import ShopStore

/// Times the overview's queries on a big store built by scripts/bench-queries.sh. Runs only when
/// SHOPDASH_BENCH_DB names that store (and SHOPDASH_BENCH_NOW the clock it was built for).
@Suite struct QueryBenchmarkTests {
    static let env = ProcessInfo.processInfo.environment

    @Test(.enabled(if: env["SHOPDASH_BENCH_DB"] != nil, "set SHOPDASH_BENCH_DB (scripts/bench-queries.sh)"))
    func overviewQueriesOnABigStore() throws {
        let path = try #require(Self.env["SHOPDASH_BENCH_DB"])
        let now = try #require(Int64(Self.env["SHOPDASH_BENCH_NOW"] ?? ""), "SHOPDASH_BENCH_NOW must be Unix seconds")
        // Read-write, so that a store built by an older binary gets the current indexes first.
        let store = try ShopStore(path: path)
        let today = TimeWindow(start: store.calendar.startOfDay(now), end: now + 1)
        var report: [String] = []

        func time<T>(_ name: String, runs: Int = 5, _ body: () throws -> T) rethrows -> T {
            // The first call warms the page cache, the statement caches and the remembered windows.
            let coldStart = DispatchTime.now().uptimeNanoseconds
            var result = try body()
            let cold = Double(DispatchTime.now().uptimeNanoseconds - coldStart) / 1e6
            var samples: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                result = try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            samples.sort()
            report.append(String(format: "%-34@ first %8.2f ms   then median %8.2f ms   min %8.2f ms",
                                 name as NSString, cold, samples[runs / 2], samples[0]))
            return result
        }

        let kpis = try time("kpis(now:)") { try store.kpis(now: now) }
        #expect(kpis.current.paidOrders > 0)
        _ = try time("salesSeries(.live60)") { try store.salesSeries(.live60, now: now) }
        _ = try time("salesSeries(.today)") { try store.salesSeries(.today, now: now) }
        _ = try time("salesSeries(.days7)") { try store.salesSeries(.days7, now: now) }
        let month = try time("salesSeries(.days30)") { try store.salesSeries(.days30, now: now) }
        #expect(month.points.contains { $0.orders > 0 })
        _ = try time("latestFeed(limit: 50)") { try store.latestFeed(limit: 50) }
        _ = try time("feed(after:limit: 500)") { try store.feed(after: 0, limit: 500) }
        _ = try time("couponStats(now:)") { try store.couponStats(now: now) }
        _ = try time("logistics(now:48h,limit: 20)") { try store.logistics(now: now, overdueAfterHours: 48, limit: 20) }
        _ = try time("channels(today)") { try store.channels(window: today) }
        _ = try time("liveSessions(limit: 5)") { try store.liveSessions(now: now, limit: 5) }
        _ = try time("funnel(today)") { try store.funnel(window: today) }
        _ = try time("visitStats(today)") { try store.visitStats(window: today) }
        _ = try time("retention(days: 30)") { try store.retention(days: 30, now: now) }
        _ = try time("auditLog(limit: 50)") { try store.auditLog(limit: 50) }
        let watcher = try store.makeChangeWatcher()
        _ = try time("ChangeWatcher.hasChanged()", runs: 101) { try watcher.hasChanged() }
        let newest = try #require(try store.latestFeed(limit: 1).first)
        _ = try time("findOrders(order no)") { try store.findOrders(newest.outTradeNo, limit: 50) }
        _ = try time("findOrders(phone tail)") { try store.findOrders("1234", limit: 50) }
        _ = try time("findOrders(nickname 小明)") { try store.findOrders("小明", limit: 50) }
        _ = try time("findOrders(product 耳机)") { try store.findOrders("耳机", limit: 50) }
        _ = try time("findOrders(no match)") { try store.findOrders("没有这个", limit: 50) }
        _ = try time("orderDetail") { try store.orderDetail(newest.outTradeNo, now: now) }
        print("query benchmark on \(path) (now \(now)):\n" + report.joined(separator: "\n"))
    }
}
