import Foundation
import ShopModel

/// Parses --from/--to/--since: a shop-zone day (YYYY-MM-DD), an RFC 3339 time, or Unix seconds.
enum TimeArgument {
    enum Edge { case start, end }

    /// A day as `--to` means "through the end of that day"; as `--from`, its first second.
    static func parse(_ text: String, as edge: Edge, calendar: ShopCalendar) throws -> Int64 {
        let s = text.trimmingCharacters(in: .whitespaces)
        if let (y, m, d) = day(s) {
            guard let start = calendar.time(year: y, month: m, day: d) else {
                throw CommandFailure("'\(text)' is not a real day", code: ExitCodes.usage)
            }
            return edge == .start ? start : calendar.startOfDay(start, addingDays: 1)
        }
        if let t = rfc3339(s) { return t }
        if !s.isEmpty, s.allSatisfy(\.isNumber), let t = Int64(s) { return t }
        throw CommandFailure("'\(text)' is not a time: use YYYY-MM-DD (shop time zone), "
                             + "RFC 3339 such as 2026-11-25T14:00:00+08:00, or Unix seconds", code: ExitCodes.usage)
    }

    private static func day(_ s: String) -> (Int, Int, Int)? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return (y, m, d)
    }

    /// "2026-11-25T14:00:00+08:00", "...Z", with optional fractional seconds (dropped).
    static func rfc3339(_ s: String) -> Int64? {
        let chars = Array(s)
        guard chars.count >= 20, chars[4] == "-", chars[7] == "-", chars[10] == "T" || chars[10] == "t" || chars[10] == " ",
              chars[13] == ":", chars[16] == ":" else { return nil }
        func num(_ r: Range<Int>) -> Int? { Int(String(chars[r])) }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13),
              let mi = num(14..<16), let se = num(17..<19) else { return nil }
        var i = 19
        if i < chars.count, chars[i] == "." {
            i += 1
            while i < chars.count, chars[i].isNumber { i += 1 }
        }
        guard i < chars.count else { return nil }
        var offset = 0
        if chars[i] == "Z" || chars[i] == "z" {
            guard i + 1 == chars.count else { return nil }
        } else {
            guard chars[i] == "+" || chars[i] == "-", chars.count == i + 6, chars[i + 3] == ":",
                  let oh = num(i + 1..<i + 3), let om = num(i + 4..<i + 6) else { return nil }
            offset = (oh * 3_600 + om * 60) * (chars[i] == "-" ? -1 : 1)
        }
        guard let utc = ShopCalendar(identifier: "UTC")?.time(year: y, month: mo, day: d, hour: h, minute: mi, second: se)
        else { return nil }
        return utc - Int64(offset)
    }
}

/// How commands print times for people: "2026-11-25 14:05:03" in the shop's zone.
extension ShopCalendar {
    func stamp(_ t: Int64) -> String { dayLabel(t) + " " + timeLabel(t, seconds: true) }
}
