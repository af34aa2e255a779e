/// Who visits and who buys. New people keep arriving; returning visitors are mostly recent
/// arrivals (so day-1 retention is higher than day-30) plus a core of early fans who keep coming
/// back, which gives retention cohorts their usual decaying shape.
struct PeoplePool: Sendable {
    let seed: UInt64
    /// People seen so far are numbered 0..<joined.
    private(set) var joined = 0
    /// People who bought at least once, in order of their first purchase.
    private(set) var buyers: [Int32] = []
    private var boughtBits: [UInt64] = []

    /// Share of visits by someone never seen before.
    static let newVisitorShare = 0.3
    /// Share of orders placed by someone who bought before.
    static let repeatBuyerShare = 0.3

    init(seed: UInt64) { self.seed = seed }

    mutating func drawVisitor(_ rng: inout DemoRandom) -> Int {
        if joined < 20 || rng.chance(Self.newVisitorShare) {
            joined += 1
            return joined - 1
        }
        if rng.chance(0.15) { return rng.below(max(1, joined / 20)) }
        let u = rng.unit()
        let back = Int(Double(joined) * u * u * u)
        return joined - 1 - min(back, joined - 1)
    }

    mutating func drawBuyer(_ rng: inout DemoRandom) -> Int {
        if buyers.count > 10 && rng.chance(Self.repeatBuyerShare) {
            let u = rng.unit()
            let back = Int(Double(buyers.count) * u * u)
            return Int(buyers[buyers.count - 1 - min(back, buyers.count - 1)])
        }
        return drawVisitor(&rng)
    }

    mutating func markBought(_ person: Int) {
        let word = person >> 6, bit = UInt64(1) << UInt64(person & 63)
        if word >= boughtBits.count { boughtBits.append(contentsOf: repeatElement(0, count: word - boughtBits.count + 1)) }
        if boughtBits[word] & bit == 0 {
            boughtBits[word] |= bit
            buyers.append(Int32(person))
        }
    }

    func id(_ person: Int) -> String { DemoPerson.id(seed: seed, index: person) }
    func profile(_ person: Int) -> DemoPerson { DemoPerson.make(seed: seed, index: person) }
}
