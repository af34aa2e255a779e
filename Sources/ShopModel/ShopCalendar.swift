import Foundation

/// Days, "today" and cohorts follow the shop's time zone; the store keeps Unix seconds (UTC).
public struct ShopCalendar: Sendable, Hashable {
    public let timeZone: TimeZone

    public static let defaultZoneIdentifier = "Asia/Shanghai"

    public init(timeZone: TimeZone) { self.timeZone = timeZone }

    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.timeZone = zone
    }

    public static let shanghai = ShopCalendar(identifier: defaultZoneIdentifier)!

    private var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        return c
    }

    /// The first second of the shop day that contains `t`.
    public func startOfDay(_ t: Int64) -> Int64 {
        Int64(calendar.startOfDay(for: Date(timeIntervalSince1970: TimeInterval(Self.clamped(t)))).timeIntervalSince1970)
    }

    /// The first second of the shop day `days` after the one containing `t` (negative: before).
    public func startOfDay(_ t: Int64, addingDays days: Int) -> Int64 {
        let start = calendar.startOfDay(for: Date(timeIntervalSince1970: TimeInterval(Self.clamped(t))))
        let moved = calendar.date(byAdding: .day, value: days, to: start) ?? start
        return Int64(moved.timeIntervalSince1970)
    }

    /// A sortable day number: days since 1970-01-01 in the shop's zone.
    /// Times far outside any calendar (an old store may hold Int64's ends) are first clamped to
    /// ±10^15 seconds, so that the day arithmetic cannot overflow.
    public func dayNumber(_ t: Int64) -> Int64 {
        let t = Self.clamped(t)
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))))
        let local = t + offset
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }

    /// `t` within ±10^15 seconds (some thirty million years): room for any offset or day count.
    public static func clamped(_ t: Int64) -> Int64 {
        min(max(t, -1_000_000_000_000_000), 1_000_000_000_000_000)
    }

    /// "2026-11-25" in the shop's zone.
    public func dayLabel(_ t: Int64) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(Self.clamped(t))))
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// "14:05" in the shop's zone.
    public func timeLabel(_ t: Int64, seconds: Bool = false) -> String {
        let c = calendar.dateComponents([.hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(Self.clamped(t))))
        return seconds
            ? String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
            : String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// Unix seconds of a wall-clock time in the shop's zone; nil for impossible dates.
    public func time(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Int64? {
        var comps = DateComponents()
        comps.year = year; comps.month = month; comps.day = day
        comps.hour = hour; comps.minute = minute; comps.second = second
        guard let d = calendar.date(from: comps) else { return nil }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: d)
        guard back.year == year, back.month == month, back.day == day,
              back.hour == hour, back.minute == minute, back.second == second else { return nil }
        return Int64(d.timeIntervalSince1970)
    }
}
