import Foundation
import ShopModel

/// Reads the times of imported files into Unix seconds.
///
/// Without a pattern it accepts "yyyy-MM-dd HH:mm:ss" (also with '/' between the date parts, or
/// without seconds) in the given zone, RFC 3339 with its own offset, and plain Unix seconds.
/// With a pattern (Unicode date format, e.g. "dd/MM/yyyy HH:mm") it accepts exactly that pattern.
public final class TimeParser {
    public let zone: TimeZone
    public let pattern: String?
    private let calendar: ShopCalendar
    private let formatter: DateFormatter?

    public init(zone: TimeZone, pattern: String? = nil) {
        self.zone = zone
        self.calendar = ShopCalendar(timeZone: zone)
        if let pattern, !pattern.isEmpty {
            self.pattern = pattern
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.calendar = Calendar(identifier: .gregorian)
            f.timeZone = zone
            f.dateFormat = pattern
            f.isLenient = false
            formatter = f
        } else {
            self.pattern = nil
            formatter = nil
        }
    }

    /// What the parser accepts, for error messages.
    public var expected: String {
        if let pattern { return "a time like '\(pattern)'" }
        return "a time like 'yyyy-MM-dd HH:mm:ss', RFC 3339 or Unix seconds"
    }

    public func parse(_ raw: String) -> Int64? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        if let formatter {
            return formatter.date(from: text).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
        }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 12 { return Int64(text) }
        return Self.parseWallClock(text, calendar: calendar)
    }

    /// "2026-11-25 14:05:09", "2026/11/25 14:05", "2026-11-25T14:05:09+08:00", "2026-11-25T06:05:09.5Z".
    static func parseWallClock(_ text: String, calendar: ShopCalendar) -> Int64? {
        let chars = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= chars.count else { return nil }
            var value = 0
            for k in i..<(i + digits) {
                let c = chars[k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            i += digits
            return value
        }
        func skip(_ allowed: [UInt8]) -> UInt8? {
            guard i < chars.count, allowed.contains(chars[i]) else { return nil }
            i += 1
            return chars[i - 1]
        }
        let dash = UInt8(ascii: "-"), slash = UInt8(ascii: "/"), colon = UInt8(ascii: ":")
        guard let year = number(4), let sep = skip([dash, slash]), let month = number(2),
              skip([sep]) != nil, let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0
        if i < chars.count {
            guard skip([UInt8(ascii: " "), UInt8(ascii: "T"), UInt8(ascii: "t")]) != nil else { return nil }
            guard let h = number(2), skip([colon]) != nil, let m = number(2) else { return nil }
            hour = h; minute = m
            if skip([colon]) != nil {
                guard let s = number(2) else { return nil }
                second = s
                if skip([UInt8(ascii: ".")]) != nil {
                    let before = i
                    while i < chars.count, chars[i] >= 0x30 && chars[i] <= 0x39 { i += 1 }
                    guard i > before else { return nil }
                }
            }
        }
        // With an offset (RFC 3339) the text says its own zone; without one it is wall-clock time in `zone`.
        var offsetSeconds: Int?
        if i < chars.count {
            if skip([UInt8(ascii: "Z"), UInt8(ascii: "z")]) != nil {
                offsetSeconds = 0
            } else if let sign = skip([UInt8(ascii: "+"), dash]) {
                guard let oh = number(2), skip([colon]) != nil, let om = number(2), oh < 24, om < 60 else { return nil }
                offsetSeconds = (oh * 3600 + om * 60) * (sign == dash ? -1 : 1)
            } else {
                return nil
            }
        }
        guard i == chars.count else { return nil }
        if let offsetSeconds {
            guard let utc = ShopCalendar(timeZone: TimeZone(secondsFromGMT: 0)!)
                .time(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
            return utc - Int64(offsetSeconds)
        }
        return calendar.time(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}
