import Foundation
import ShopModel

/// Parses --from/--to/--since: a shop-zone day (YYYY-MM-DD), an RFC 3339 time (or a time of day
/// in the shop's zone, "2026-11-25 14:00"), or Unix seconds.
enum TimeArgument {
    enum Edge { case start, end }

    /// A day as `--to` means "through the end of that day"; as `--from`, its first second.
    static func parse(_ text: String, as edge: Edge, calendar: ShopCalendar) throws -> Int64 {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let written = WrittenTime.read(s), !written.slashDate {
            guard let t = written.instant(in: calendar.timeZone) else {
                throw CommandFailure("'\(text)' is not a real \(written.hasClock ? "time" : "day")", code: ExitCodes.usage)
            }
            guard !written.hasClock, edge == .end else { return t }
            return calendar.startOfDay(t, addingDays: 1)
        }
        if !s.isEmpty, s.allSatisfy(\.isNumber), let t = Int64(s) { return t }
        throw CommandFailure("'\(text)' is not a time: use YYYY-MM-DD (shop time zone), "
                             + "RFC 3339 such as 2026-11-25T14:00:00+08:00, or Unix seconds", code: ExitCodes.usage)
    }
}

/// How commands print times for people: "2026-11-25 14:05:03" in the shop's zone.
extension ShopCalendar {
    func stamp(_ t: Int64) -> String { dayLabel(t) + " " + timeLabel(t, seconds: true) }
}
