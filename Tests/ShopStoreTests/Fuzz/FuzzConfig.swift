import Foundation

/// How many cases a fuzz run makes and from which seed.
///
/// - `SHOPDASH_FUZZ_CASES=N` sets the number of cases for each input format
///   (the default keeps a debug run of the suite well under a minute).
/// - `SHOPDASH_FUZZ_SEED=S` starts the run from another seed (default fixed, so CI is repeatable).
/// - `SHOPDASH_FUZZ_REPLAY=S` runs only the one case whose seed a failure printed.
struct FuzzConfig {
    var cases: Int
    var runSeed: UInt64
    var replay: UInt64?

    static func current(defaultCases: Int) -> FuzzConfig {
        let env = ProcessInfo.processInfo.environment
        let cases = env["SHOPDASH_FUZZ_CASES"].flatMap { Int($0) }.map { max(1, $0) } ?? defaultCases
        let seed = env["SHOPDASH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5110_BDA5_F022_2026
        return FuzzConfig(cases: cases, runSeed: seed, replay: env["SHOPDASH_FUZZ_REPLAY"].flatMap { UInt64($0) })
    }

    /// The seeds of the cases to run, in order.
    var caseSeeds: [UInt64] {
        if let replay { return [replay] }
        return (0..<cases).map { FuzzRandom.caseSeed(run: runSeed, index: $0) }
    }
}
