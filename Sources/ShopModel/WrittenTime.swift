import Foundation

/// A time as people and files write it, read the one way shopdash reads times: "2026-11-25",
/// "2026-11-25 14:05", "2026/11/25 14:05:09", "2026-11-25T14:05:09.5+08:00", "...Z". Events,
/// imported files, command-line arguments and the coupon form all come through here; each then
/// says what it insists on (events an offset, forms a clock).
///
/// Read by arithmetic over the bytes: imports read a time or two per row, and a Foundation
/// formatter or calendar per value would cost more than the rest of the row.
public struct WrittenTime: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour = 0
    public var minute = 0
    public var second = 0
    /// A time of day was written, not only a date.
    public var hasClock = false
    public var hasSeconds = false
    /// The date parts were separated by '/' rather than '-'.
    public var slashDate = false
    /// Seconds east of UTC when the text names its zone ("+08:00", "Z").
    public var offset: Int?
    /// The offset named hours or minutes that do not exist ("+25:00").
    public var offsetOutOfRange = false

    public init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// The written parts; nil when the text is not shaped like a time (ranges are checked by `isValid`).
    public static func read(_ text: some StringProtocol) -> WrittenTime? {
        let bytes = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= bytes.count else { return nil }
            var value = 0
            for k in i..<(i + digits) {
                let c = bytes[k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            i += digits
            return value
        }
        func skip(_ allowed: [UInt8]) -> UInt8? {
            guard i < bytes.count, allowed.contains(bytes[i]) else { return nil }
            i += 1
            return bytes[i - 1]
        }
        let dash = UInt8(ascii: "-"), slash = UInt8(ascii: "/"), colon = UInt8(ascii: ":")
        guard let year = number(4), let separator = skip([dash, slash]), let month = number(2),
              skip([separator]) != nil, let day = number(2) else { return nil }
        var time = WrittenTime(year: year, month: month, day: day)
        time.slashDate = separator == slash
        if i < bytes.count {
            guard skip([UInt8(ascii: " "), UInt8(ascii: "T"), UInt8(ascii: "t")]) != nil,
                  let h = number(2), skip([colon]) != nil, let m = number(2) else { return nil }
            time.hasClock = true
            time.hour = h; time.minute = m
            if skip([colon]) != nil {
                guard let s = number(2) else { return nil }
                time.second = s
                time.hasSeconds = true
                // Fractions of a second are read and dropped.
                if skip([UInt8(ascii: ".")]) != nil {
                    let before = i
                    while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
                    guard i > before else { return nil }
                }
            }
            if i < bytes.count {
                if skip([UInt8(ascii: "Z"), UInt8(ascii: "z")]) != nil {
                    time.offset = 0
                } else if let sign = skip([UInt8(ascii: "+"), dash]) {
                    guard let oh = number(2), skip([colon]) != nil, let om = number(2) else { return nil }
                    // Out-of-range offsets are read, so that `isValid` can say what is wrong.
                    time.offset = (oh * 3_600 + om * 60) * (sign == dash ? -1 : 1)
                    time.offsetOutOfRange = oh > 23 || om > 59
                } else {
                    return nil
                }
            }
        }
        return i == bytes.count ? time : nil
    }

    /// A real day and clock, and a real offset when one is given. A leap second (":60") is
    /// accepted where an offset pins the instant, as RFC 3339 allows.
    public var isValid: Bool {
        guard CivilDate.isValid(year: year, month: month, day: day),
              (0...23).contains(hour), (0...59).contains(minute) else { return false }
        if offsetOutOfRange { return false }
        return (0...(offset == nil ? 59 : 60)).contains(second)
    }

    /// Seconds since 1970-01-01 00:00 of the written date and clock read as if in UTC.
    public var wallSeconds: Int64 {
        CivilDate.days(year: year, month: month, day: day) * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
    }

    /// The instant: by the written offset, else as wall-clock time in `zone`. nil when invalid or
    /// when the clock falls into the hour a daylight-saving change skips.
    public func instant(in zone: TimeZone) -> Int64? {
        guard isValid else { return nil }
        if let offset { return wallSeconds - Int64(offset) }
        return Self.utc(fromLocal: wallSeconds, in: zone)
    }

    /// The instant a wall-clock time in `zone` names; nil for a time skipped by a DST change.
    public static func utc(fromLocal local: Int64, in zone: TimeZone) -> Int64? {
        func offset(_ t: Int64) -> Int64 { Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t)))) }
        var t = local - offset(local)
        let second = offset(t)
        if local - second != t { t = local - second }
        return t + offset(t) == local ? t : nil
    }
}
