import Foundation

/// An amount of renminbi in fen (1/100 yuan). Money never passes through floating point.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var fen: Int64

    public init(fen: Int64) { self.fen = fen }

    public static let zero = Money(fen: 0)

    /// Sums and differences saturate at Int64's ends instead of trapping. Inputs are bounded
    /// (`InputBounds`), but a store written before the bounds may hold amounts near Int64.max, and
    /// a pane showing a pinned figure beats a dashboard that dies.
    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen.addingSaturated(b.fen)) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen.subtractingSaturated(b.fen)) }
    public static func += (a: inout Money, b: Money) { a = a + b }
    public static func -= (a: inout Money, b: Money) { a = a - b }
    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }

    /// Parses a yuan amount such as "128.50", "-3.2", "¥1,234.56" or "0.1" exactly.
    /// At most two decimals; anything else returns nil rather than guessing.
    public init?(yuan text: String) {
        var s = Substring(text.trimmingCharacters(in: CharacterSet(charactersIn: " \t`")))
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        if s.hasPrefix("¥") || s.hasPrefix("￥") { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0].filter { $0 != "," }
        let frac = parts.count == 2 ? String(parts[1]) : ""
        guard !whole.isEmpty || !frac.isEmpty, frac.count <= 2,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              frac.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let yuan: Int64 = whole.isEmpty ? 0 : Int64(String(whole)) else { return nil }
        let fenPart = Int64(frac.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        let (scaled, o1) = yuan.multipliedReportingOverflow(by: 100)
        let (total, o2) = scaled.addingReportingOverflow(fenPart)
        guard !o1, !o2 else { return nil }
        fen = negative ? -total : total
    }

    /// "128.50": the plain yuan amount with two decimals, as bills and CSV files write it.
    public var yuanString: String {
        let sign = fen < 0 ? "-" : ""
        let m = fen.magnitude
        let cents = m % 100
        return "\(sign)\(m / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// "¥1,234.56": how people read money on screen.
    public var display: String {
        let sign = fen < 0 ? "-" : ""
        let m = fen.magnitude
        let cents = m % 100
        return "\(sign)¥\(Self.grouped(m / 100)).\(cents < 10 ? "0" : "")\(cents)"
    }

    public var description: String { display }

    static func grouped(_ n: UInt64) -> String {
        let digits = String(n)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// Integer division rounded half away from zero; nil when dividing by zero.
    public func divided(by count: Int) -> Money? {
        guard count != 0 else { return nil }
        let c = Int64(count)
        let q = fen / c, r = fen % c
        let roundUp = (r.magnitude * 2) >= c.magnitude
        return Money(fen: roundUp ? q + ((fen < 0) != (c < 0) ? -1 : 1) : q)
    }
}
