import Foundation
import ShopModel

/// Wall-clock fields in the shop's zone without going through Calendar for every event:
/// order numbers carry the local time, and the generator needs the hour of day millions of times.
struct LocalClock: Sendable {
    let calendar: ShopCalendar

    func offset(at t: Int64) -> Int64 {
        Int64(calendar.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))))
    }

    /// 0...23 in shop time.
    func hour(_ t: Int64) -> Int {
        let local = t + offset(at: t)
        return Int(((local % 86_400) + 86_400) % 86_400 / 3_600)
    }

    /// "20261125" in shop time.
    func dayStamp(_ t: Int64) -> String { String(stamp(t).prefix(8)) }

    /// "20261125143005" in shop time.
    func stamp(_ t: Int64) -> String {
        let local = t + offset(at: t)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secs = Int(local - days * 86_400)
        let (y, m, d) = CivilDate.fromDays(days)
        var out = [UInt8]()
        out.reserveCapacity(14)
        func put(_ v: Int, _ width: Int) {
            var digits = [UInt8](repeating: 48, count: width)
            var x = v
            for i in stride(from: width - 1, through: 0, by: -1) { digits[i] = UInt8(48 + x % 10); x /= 10 }
            out.append(contentsOf: digits)
        }
        put(y, 4); put(m, 2); put(d, 2); put(secs / 3_600, 2); put(secs / 60 % 60, 2); put(secs % 60, 2)
        return String(decoding: out, as: UTF8.self)
    }
}
