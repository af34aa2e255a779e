import GRDB
import ShopModel

/// Visit figures of a window: distinct visitors from the first-seen rollups (see ReachReader),
/// visits, pages and stay time from the minute rollups (see VisitMinuteReader).
enum VisitReader {
    struct Totals: Equatable {
        var uv = 0
        var pv = 0
        var visits = 0
        var staySeconds: Int64 = 0
    }

    static func totals(_ db: Database, _ window: TimeWindow, calendar: ShopCalendar) throws -> Totals {
        let minutes = try VisitMinuteReader.totals(db, window)
        return Totals(uv: try ReachReader.count(db, .visitor, window, calendar: calendar), pv: minutes.pv,
                      visits: minutes.visits, staySeconds: minutes.staySeconds)
    }
}
