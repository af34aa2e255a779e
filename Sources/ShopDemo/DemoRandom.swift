import Foundation

/// SplitMix64: turns one seed into well-spread state words, and hashes keys into seeds.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed for an independent stream named by `key`, so that e.g. a person's profile does not
    /// depend on how many numbers the main stream has drawn before.
    public static func derive(_ seed: UInt64, _ key: UInt64) -> UInt64 {
        var g = SplitMix64(seed: seed ^ (key &* 0xD1B5_4A32_D192_ED03))
        return g.next()
    }
}

/// xoshiro256**: the demo's only source of randomness. The same seed gives the same numbers on
/// every platform, which the system generator never promises.
public struct DemoRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in 0..<n (n > 0); the bias of the multiply-high method is below 2^-40 for our sizes.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "below(0)")
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    public mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Standard normal (Box-Muller).
    public mutating func gaussian() -> Double {
        let u1 = max(unit(), 1e-300), u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Number of arrivals in an interval with `mean` expected ones.
    public mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 30 {
            let limit = exp(-mean)
            var k = 0
            var p = unit()
            while p > limit { k += 1; p *= unit() }
            return k
        }
        return max(0, Int((mean + mean.squareRoot() * gaussian()).rounded()))
    }

    /// Log-normal around `median`, with `spread` the sigma of the underlying normal.
    public mutating func logNormal(median: Double, spread: Double) -> Double {
        median * exp(spread * gaussian())
    }

    /// A string of `count` decimal digits (leading zeros allowed).
    public mutating func digits(_ count: Int) -> String {
        var bytes = [UInt8](repeating: 0, count: count)
        for i in 0..<count { bytes[i] = UInt8(48 + below(10)) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Picks items by weight: O(log n) per draw.
struct WeightedTable<T: Sendable>: Sendable {
    let items: [T]
    private let cumulative: [Double]

    init(_ pairs: [(T, Double)]) {
        items = pairs.map(\.0)
        var sum = 0.0
        cumulative = pairs.map { sum += $0.1; return sum }
    }

    var total: Double { cumulative.last ?? 0 }

    func draw(_ rng: inout DemoRandom) -> T {
        let x = rng.unit() * total
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return items[lo]
    }
}
