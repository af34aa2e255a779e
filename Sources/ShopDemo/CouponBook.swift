import ShopModel

/// The coupon batches the demo shop runs, who holds which coupon, and what a coupon takes off.
struct CouponBook: Sendable {
    struct Batch: Sendable {
        var record: CouponBatchRecord
        var issued = 0
        /// Live-room coupons are handed out only to that session's viewers.
        var liveSession: String?
    }

    struct Held: Sendable {
        let couponId: String
        let batch: Int
        let issuedAt: Int64
    }

    private(set) var batches: [Batch] = []
    private var held: [Int: [Held]] = [:]
    /// People who were given a coupon, most recent last (repeats and spent ones included).
    private(set) var holders: [Int32] = []
    private var issuedCount = 0

    mutating func add(_ record: CouponBatchRecord, liveSession: String? = nil) {
        batches.append(Batch(record: record, liveSession: liveSession))
    }

    /// Takes the statuses the store holds now, so a batch paused or stopped by an operator stops
    /// issuing and redeeming at the next tick, as a real coupon system would.
    mutating func follow(_ statuses: [String: CouponStatus]) {
        for i in batches.indices {
            if let status = statuses[batches[i].record.batchId] { batches[i].record.status = status }
        }
    }

    /// What `batch` takes off an order of `total`; nil when the order does not qualify.
    static func discount(_ batch: CouponBatchRecord, total: Money) -> Money? {
        guard total >= batch.minSpend, total.fen > 1 else { return nil }
        switch batch.kind {
        case .fixed: return Money(fen: min(batch.value.fen, total.fen - 1))
        case .threshold: return batch.value
        case .percent: return Money(fen: total.fen * Int64(batch.percentOff ?? 0) / 100)
        }
    }

    private func usable(_ b: Batch, at t: Int64) -> Bool {
        b.record.status == .running && t >= b.record.startsAt && t < b.record.endsAt
    }

    /// A visitor takes a coupon from a running batch (the live room's one while watching a session).
    mutating func claim(person: Int, visitor: String, at t: Int64, liveSession: String?,
                        _ rng: inout DemoRandom) -> CouponIssueRecord? {
        var candidates: [Int] = []
        for i in batches.indices.reversed() {
            let b = batches[i]
            guard usable(b, at: t), b.issued < b.record.quota, b.liveSession == liveSession else { continue }
            candidates.append(i)
        }
        guard !candidates.isEmpty else { return nil }
        let i = rng.pick(candidates)
        batches[i].issued += 1
        issuedCount += 1
        let id = "CP" + Base36.encode(UInt64(t)) + Base36.encode(UInt64(issuedCount), width: 5)
        held[person, default: []].append(Held(couponId: id, batch: i, issuedAt: t))
        holders.append(Int32(person))
        return CouponIssueRecord(couponId: id, batchId: batches[i].record.batchId, customer: visitor, at: t)
    }

    /// A recent coupon holder, for orders that a coupon brought about.
    func recentHolder(_ rng: inout DemoRandom) -> Int? {
        guard !holders.isEmpty else { return nil }
        let u = rng.unit()
        let back = Int(Double(holders.count) * u * u)
        return Int(holders[holders.count - 1 - min(back, holders.count - 1)])
    }

    /// Uses the person's best coupon for this order, if one applies; the coupon is spent.
    mutating func redeem(person: Int, total: Money, at t: Int64) -> (batch: CouponBatchRecord, couponId: String, discount: Money)? {
        guard var mine = held[person], !mine.isEmpty else { return nil }
        mine.removeAll { batches[$0.batch].record.endsAt <= t }
        var best: (index: Int, discount: Money)?
        for (k, h) in mine.enumerated() where h.issuedAt < t && usable(batches[h.batch], at: t) {
            if let d = Self.discount(batches[h.batch].record, total: total), d.fen > 0, d > (best?.discount ?? .zero) {
                best = (k, d)
            }
        }
        guard let best else { held[person] = mine; return nil }
        let h = mine.remove(at: best.index)
        held[person] = mine.isEmpty ? nil : mine
        return (batches[h.batch].record, h.couponId, best.discount)
    }
}

enum Base36 {
    private static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

    static func encode(_ value: UInt64, width: Int = 0) -> String {
        var v = value
        var out: [UInt8] = []
        repeat { out.append(digits[Int(v % 36)]); v /= 36 } while v > 0
        while out.count < width { out.append(UInt8(ascii: "0")) }
        return String(decoding: out.reversed(), as: UTF8.self)
    }
}
