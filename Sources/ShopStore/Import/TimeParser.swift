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
    private let formatter: DateFormatter?

    public init(zone: TimeZone, pattern: String? = nil) {
        self.zone = zone
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
        let text = trimmed(raw)
        guard !text.isEmpty else { return nil }
        if let formatter {
            return formatter.date(from: text).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
        }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 12 { return Int64(text) }
        return Self.parseWallClock(text, zone: zone)
    }

    /// "2026-11-25 14:05:09", "2026/11/25 14:05", "2026-11-25T14:05:09+08:00", "2026-11-25T06:05:09.5Z".
    static func parseWallClock(_ text: String, zone: TimeZone) -> Int64? {
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
        guard let local = civilSeconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            return nil
        }
        if let offsetSeconds { return local - Int64(offsetSeconds) }
        return utc(fromLocal: local, in: zone)
    }

    /// Seconds since 1970-01-01 00:00 of a wall-clock time read as if it were UTC; nil for dates
    /// that do not exist (31 November, 25:00). Done by arithmetic because Calendar costs more than
    /// the rest of a CSV row, and imports read one or two times per row.
    static func civilSeconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64? {
        guard CivilDate.isValid(year: year, month: month, day: day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        let days = CivilDate.days(year: year, month: month, day: day)
        return days * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
    }

    /// The instant a wall-clock time in `zone` names; nil for a time skipped by a DST change.
    static func utc(fromLocal local: Int64, in zone: TimeZone) -> Int64? {
        func offset(_ t: Int64) -> Int64 { Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t)))) }
        var t = local - offset(local)
        let second = offset(t)
        if local - second != t { t = local - second }
        return t + offset(t) == local ? t : nil
    }
}
