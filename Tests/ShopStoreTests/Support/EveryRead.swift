import Foundation
import ShopModel
@testable import ShopStore

/// Every read the commands make of a store: `stats`, the data of every pane (as `snapshot --pane
/// all` loads it) and every export in both formats. Throws at the first that fails; a trap ends
/// the test run, which is what the tests that call this are there to catch.
enum EveryRead {
    static func run(_ store: ShopStore, now: Int64, dir: URL) throws {
        _ = try store.stats()
        let today = TimeWindow(start: store.calendar.startOfDay(now), end: now + 1)
        _ = try store.kpis(now: now)
        for range in SalesRange.allCases { _ = try store.salesSeries(range, now: now) }
        _ = try store.channels(window: today)
        _ = try store.liveSessions(now: now, limit: 20)
        _ = try store.couponStats(now: now)
        _ = try store.visitStats(window: today)
        _ = try store.funnel(window: today)
        _ = try store.retention(days: 14, now: now)
        _ = try store.logistics(now: now, overdueAfterHours: 48, limit: 200)
        _ = try store.recentRefunds(since: now - 300, until: now, limit: 200)
        _ = try store.latestFeed(limit: 50)
        for found in try store.findOrders("", limit: 20).orders { _ = try store.orderDetail(found.outTradeNo, now: now) }
        for kind in ExportKind.allCases {
            for format in ExportFormat.allCases {
                let path = dir.appendingPathComponent("every-read.\(kind.rawValue).\(format.rawValue)").path
                let sink = try ExportSink(path: path)
                _ = try store.export(kind, now: now, format: format, into: sink)
                try sink.finish()
            }
        }
    }
}
