import GRDB
import ShopModel

extension ShopStore {
    /// GMV and paid orders (by the order's channel) and distinct visitors (by the visit's
    /// channel) per channel, in `Channel.allCases` order, channels without any activity left out.
    public func channels(window: TimeWindow) throws -> [ChannelSlice] {
        try pool.read { db in try Self.channelSlices(db, window, calendar: calendar) }
    }

    static func channelSlices(_ db: Database, _ window: TimeWindow, calendar: ShopCalendar) throws -> [ChannelSlice] {
        let sales = try SalesReader.byChannel(db, window)
        let visitors = try channelVisitors(db, window, calendar: calendar)
        return Channel.allCases.compactMap { channel in
            let s = sales[channel] ?? SalesTotals()
            let v = visitors[channel] ?? 0
            guard s.orders > 0 || v > 0 else { return nil }
            return ChannelSlice(channel: channel, gmv: s.gmv, orders: s.orders, visitors: v)
        }
    }

    /// Distinct visitors per visit channel: from each channel's rollup where it answers for the
    /// window, otherwise from one pass over the window's visits.
    private static func channelVisitors(_ db: Database, _ window: TimeWindow,
                                        calendar: ShopCalendar) throws -> [Channel: Int] {
        var visitors: [Channel: Int] = [:]
        if ReachReader.answers(window, calendar: calendar), try ReachRollup.isKept(db) {
            for channel in Channel.allCases {
                visitors[channel] = try ReachReader.count(db, .channelVisitor(channel), window, calendar: calendar)
            }
            return visitors
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT channel, count(DISTINCT visitor) FROM visits
            WHERE started_at >= ? AND started_at < ? GROUP BY channel
            """, arguments: [window.start, window.end])
        while let row = try rows.next() { visitors[QuerySupport.channel(row[0]), default: 0] += row[1] }
        return visitors
    }
}
