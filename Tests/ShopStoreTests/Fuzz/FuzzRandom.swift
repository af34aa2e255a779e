/// SplitMix64: a tiny generator whose whole state is one seed, so a printed seed replays a case
/// byte for byte on any machine.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A case's own seed from the run's seed and its index: cases stay independent of each other.
    static func caseSeed(run: UInt64, index: Int) -> UInt64 {
        var r = FuzzRandom(seed: run ^ (UInt64(truncatingIfNeeded: index) &* 0xD6E8_FEB8_6659_FD93))
        return r.next()
    }

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int.random(in: 0..<n, using: &self) }
    mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    mutating func chance(_ oneIn: Int) -> Bool { below(oneIn) == 0 }
}
