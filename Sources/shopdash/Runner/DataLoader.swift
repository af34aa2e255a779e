import ShopDashboard
import ShopModel
import ShopStore

/// Reads from the store exactly what a DataRequest asks for. Runs off the terminal thread.
struct DataLoader: Sendable {
    let store: ShopStore
    /// Rows kept in the lists the panes scroll through (overdue shipments, refunds, sessions).
    var listLimit = 200
    /// Cohort days shown in the retention grid.
    var retentionDays = 14

    func load(_ request: DataRequest, now: Int64) throws -> DashboardData {
        let today = TimeWindow(start: store.calendar.startOfDay(now), end: now + 1)
        var data = DashboardData(loadedAt: now, parts: request.parts)
        for part in request.parts {
            switch part {
            case .kpis: data.kpis = try store.kpis(now: now)
            case .sales: data.sales = try store.salesSeries(request.salesRange, now: now)
            case .channels: data.channels = try store.channels(window: today)
            case .liveSessions: data.liveSessions = try store.liveSessions(now: now, limit: 20)
            case .coupons: data.coupons = try store.couponStats(now: now)
            case .visits: data.visits = try store.visitStats(window: today)
            case .funnel: data.funnel = try store.funnel(window: today)
            case .retention: data.retention = try store.retention(days: retentionDays, now: now)
            case .logistics:
                data.logistics = try store.logistics(now: now, overdueAfterHours: request.overdueHours, limit: listLimit)
            case .recentRefunds:
                data.recentRefunds = try store.recentRefunds(since: now - AlertsState.burstWindow, until: now, limit: listLimit)
            }
        }
        return data
    }
}
