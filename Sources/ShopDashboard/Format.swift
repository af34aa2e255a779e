import Foundation
import ShopModel

/// Short numbers for cards, tables and axes. Pure integer arithmetic where exactness matters.
public enum Format {
    /// 12,345 (every digit, grouped by thousands).
    public static func count(_ n: Int) -> String {
        grouped(Int64(n))
    }

    /// Compact counts for narrow places: English 12,345 / 1.23M / 4.5B; Chinese 9,999 / 1.2万 / 3.4亿.
    public static func count(_ n: Int, language: Language) -> String {
        compact(Int64(n), language: language)
    }

    public static func compact(_ n: Int64, language: Language) -> String {
        let sign = n < 0 ? "-" : ""
        let m = n.magnitude
        switch language {
        case .zh:
            if m >= 100_000_000 { return sign + scaled(m, 100_000_000) + "亿" }
            if m >= 10_000 { return sign + scaled(m, 10_000) + "万" }
        case .en:
            if m >= 1_000_000_000 { return sign + scaled(m, 1_000_000_000) + "B" }
            if m >= 1_000_000 { return sign + scaled(m, 1_000_000) + "M" }
        }
        return grouped(n)
    }

    /// Money where the exact amount does not fit: exact below ¥10,000, then three significant
    /// digits, truncated so that no figure reads higher than it is: "¥3.95万" / "¥12.3亿" in
    /// Chinese, "¥39.5k" / "¥1.23M" / "¥4.5B" otherwise.
    public static func compactMoney(_ m: Money, language: Language, currency: String = "¥") -> String {
        let sign = m.fen < 0 ? "-" : ""
        let fen = m.fen.magnitude
        let yuan = fen / 100
        if yuan < 10_000 {
            let cents = fen % 100
            return sign + currency + grouped(Int64(yuan)) + "." + (cents < 10 ? "0" : "") + String(cents)
        }
        let units: [(UInt64, String)] = language == .zh
            ? [(100_000_000, "亿"), (10_000, "万")]
            : [(1_000_000_000, "B"), (1_000_000, "M"), (1_000, "k")]
        for (unit, word) in units where yuan >= unit {
            return sign + currency + scaled(yuan, unit) + word
        }
        return sign + currency + grouped(Int64(yuan))
    }

    /// "12.3%"; at or above 1000% no decimals ("1,234%"); the dash when there is no rate.
    public static func percent(_ r: Double?) -> String {
        percent(r, glyphs: .ascii)
    }

    public static func percent(_ r: Double?, glyphs: Glyphs) -> String {
        guard let r, r.isFinite else { return glyphs.dash }
        let p = r * 100
        if abs(p) >= limit { return (p > 0 ? ">" : "<-") + grouped(Int64(limit) - 1) + "%" }
        if abs(p) >= 1_000 { return grouped(Int64(p.rounded())) + "%" }
        let tenths = Int64((p * 10).rounded())
        return signed(tenths, plus: false) + "%"
    }

    /// Change from `before` to `now`: "+12.3%", "-4.0%", "0.0%"; "new" when only now has a
    /// value; the dash when both are zero.
    public static func change(_ now: Int64, _ before: Int64) -> String {
        change(now, before, language: .en, glyphs: .ascii)
    }

    /// `whole`: no decimals ("+261%"), for places too narrow for the tenth.
    public static func change(_ now: Int64, _ before: Int64, language: Language, glyphs: Glyphs,
                              whole: Bool = false) -> String {
        if before == 0 {
            if now == 0 { return glyphs.dash }
            return now > 0 ? Strings(language)[.changeNew] : glyphs.dash
        }
        // In Double: the difference of two extreme Int64 values does not fit an Int64.
        let p = (Double(now) - Double(before)) / abs(Double(before)) * 100
        if abs(p) >= limit { return (p > 0 ? ">+" : "<-") + grouped(Int64(limit) - 1) + "%" }
        if abs(p) >= 1_000 || whole {
            let rounded = Int64(p.rounded())
            return (rounded > 0 ? "+" : "") + grouped(rounded) + "%"
        }
        let tenths = Int64((p * 10).rounded())
        return signed(tenths, plus: true) + "%"
    }

    /// 45s, 3m05s, 1h02m, 2d03h.
    public static func duration(_ seconds: Int64) -> String {
        let s = max(0, seconds)
        if s < 60 { return "\(s)s" }
        if s < 3_600 { return "\(s / 60)m" + two(s % 60) + "s" }
        if s < 86_400 { return "\(s / 3_600)h" + two(s % 3_600 / 60) + "m" }
        return "\(s / 86_400)d" + two(s % 86_400 / 3_600) + "h"
    }

    // MARK: - Pieces

    /// Percentages this large are shown as a bound: nothing readable is lost, and the
    /// conversion back to an integer cannot overflow.
    static let limit: Double = 1_000_000

    /// Thousands separators with commas.
    public static func grouped(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// `m / unit` with at most three significant digits and trailing zeros dropped: 1.23, 12.3,
    /// 123, 1,234. Truncated, not rounded: 9,999,999 must not read as a "10M" it has not reached.
    static func scaled(_ m: UInt64, _ unit: UInt64) -> String {
        let whole = m / unit
        let decimals = whole >= 100 ? 0 : (whole >= 10 ? 1 : 2)
        var factor: UInt64 = 1
        for _ in 0..<decimals { factor *= 10 }
        var fraction = String(m % unit * factor / unit)
        while fraction.count < decimals { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return grouped(Int64(whole)) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// Tenths as "12.3", with a plus sign on positive values when asked.
    static func signed(_ tenths: Int64, plus: Bool) -> String {
        let sign = tenths < 0 ? "-" : (plus && tenths > 0 ? "+" : "")
        let m = tenths.magnitude
        return sign + grouped(Int64(m / 10)) + "." + String(m % 10)
    }

    private static func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
