/// A fee from a WeChat Pay bill. Fees have up to five decimals ("-0.27000", "0.05940"), finer than
/// a fen, so they are kept exactly in 1/100000 yuan rather than rounded into `Money`. Like every
/// amount (`InputBounds.moneyFen`), a fee is at most ¥10,000,000,000 either way.
public struct BillFee: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hundredThousandths: Int64
    public init(hundredThousandths: Int64) { self.hundredThousandths = hundredThousandths }
    public static let zero = BillFee(hundredThousandths: 0)

    public init?(yuan text: String) {
        var s = Substring(text)
        let negative = s.hasPrefix("-")
        if negative || s.hasPrefix("+") { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let frac = parts.count == 2 ? parts[1] : ""
        guard frac.count <= 5, frac.allSatisfy({ $0.isASCII && $0.isNumber }),
              let whole = Int64(parts[0]), whole <= 10_000_000_000 else { return nil }
        let fraction = Int64(String(frac).padding(toLength: 5, withPad: "0", startingAt: 0)) ?? 0
        let value = whole * 100_000 + fraction
        hundredThousandths = negative ? -value : value
    }

    public static func + (a: BillFee, b: BillFee) -> BillFee { BillFee(hundredThousandths: a.hundredThousandths + b.hundredThousandths) }
    public static func - (a: BillFee, b: BillFee) -> BillFee { BillFee(hundredThousandths: a.hundredThousandths - b.hundredThousandths) }
    public static func < (a: BillFee, b: BillFee) -> Bool { a.hundredThousandths < b.hundredThousandths }

    /// "-0.27", "0.0594": yuan with the decimals it needs, at least two.
    public var description: String {
        let m = hundredThousandths.magnitude
        var frac = String(m % 100_000)
        frac = String(repeating: "0", count: 5 - frac.count) + frac
        while frac.count > 2 && frac.hasSuffix("0") { frac.removeLast() }
        return "\(hundredThousandths < 0 ? "-" : "")\(m / 100_000).\(frac)"
    }
}
