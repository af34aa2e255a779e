import GRDB
import ShopModel

/// Small pieces every query shares: minute alignment, bucket assignment, row decoding.
///
/// Amounts are added up with `CAST(total(x) AS INTEGER)`, never `sum(x)`: SQLite's sum() fails the
/// whole query with "integer overflow", so one huge value kept from before `InputBounds` would stop
/// `stats`, a pane or an export for good; total() adds in floating point (exact far beyond any
/// real shop's figures) and the cast saturates at Int64's ends.
enum QuerySupport {
    /// Rounds down to a multiple of `step` (also for negative times).
    static func floor(_ t: Int64, to step: Int64) -> Int64 {
        t >= 0 ? t / step * step : -((-t + step - 1) / step) * step
    }

    static func ceil(_ t: Int64, to step: Int64) -> Int64 {
        let f = floor(t, to: step)
        return f == t ? t : f + step
    }

    /// The index of the bucket (given by ascending start times) that holds `t`; nil before the first.
    static func bucket(of t: Int64, starts: [Int64]) -> Int? {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }

    static func channel(_ raw: String?) -> Channel { raw.flatMap(Channel.init(rawValue:)) ?? .other }
    static func orderStatus(_ raw: String?) -> OrderStatus { raw.flatMap(OrderStatus.init(rawValue:)) ?? .created }

    /// Escapes LIKE's wildcards so that user text matches literally (with `ESCAPE '\'`).
    static func likePattern(containing text: String) -> String {
        var out = "%"
        for ch in text {
            if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        out.append("%")
        return out
    }
}

extension ShopStore {
    /// Start times of the shop days from `days - 1` days before the day of `now` through that day.
    func dayStarts(endingWith now: Int64, days: Int) -> [Int64] {
        (0..<days).reversed().map { calendar.startOfDay(now, addingDays: -$0) }
    }

    /// Start times of the hours of the shop day that starts at `dayStart` (23 or 25 on DST days).
    func hourStarts(ofDayStartingAt dayStart: Int64) -> [Int64] {
        let next = calendar.startOfDay(dayStart, addingDays: 1)
        return stride(from: dayStart, to: next, by: 3_600).map { $0 }
    }

    /// "Today so far": from the start of the shop day through `now` (inclusive).
    func todaySoFar(_ now: Int64) -> TimeWindow {
        TimeWindow(start: calendar.startOfDay(now), end: now + 1)
    }

    /// The same stretch of the shop day `daysBack` days before, measured from its own midnight.
    func sameStretch(as today: TimeWindow, daysBack: Int) -> TimeWindow {
        let start = calendar.startOfDay(today.start, addingDays: -daysBack)
        return TimeWindow(start: start, end: start + today.seconds)
    }
}
