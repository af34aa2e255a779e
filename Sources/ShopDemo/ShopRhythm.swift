import ShopModel

/// When people shop: quiet at night, a lunch peak, the evening peak from 20:00 to 22:00,
/// busier weekends, and which channels they come through.
enum ShopRhythm {
    /// Relative orders per hour of the shop day, 00:00 first; sums to 1.
    static let hourly: [Double] = {
        let w: [Double] = [1.2, 0.7, 0.4, 0.3, 0.3, 0.5, 1.2, 2.5, 3.5, 4.0, 4.5, 5.5,
                           7.0, 6.0, 4.5, 4.2, 4.2, 4.5, 5.0, 6.0, 8.0, 8.5, 6.5, 3.5]
        let sum = w.reduce(0, +)
        return w.map { $0 / sum }
    }()

    /// Monday first.
    static let weekday: [Double] = [0.95, 0.95, 0.97, 0.98, 1.02, 1.08, 1.05]

    /// Monday = 0, from a shop-day number (day 0, 1970-01-01, was a Thursday).
    static func weekdayIndex(dayNumber: Int64) -> Int { Int(((dayNumber + 3) % 7 + 7) % 7) }

    static let orderChannels = WeightedTable<Channel>([
        (.officialAccount, 22), (.share, 20), (.search, 18), (.ads, 18), (.groupAd, 14), (.other, 8),
    ])
    static let visitChannels = WeightedTable<Channel>([
        (.share, 22), (.ads, 20), (.search, 16), (.officialAccount, 16), (.groupAd, 14), (.other, 6),
    ])
}

/// One shop day of history: how many orders it brings outside live sessions, and its sessions.
struct DayPlan: Sendable {
    let dayNumber: Int64
    let start: Int64
    let baseOrders: Double
    let sessions: [LiveSessionPlan]

    /// Share of a day's orders that an evening / afternoon session brings.
    static let eveningShare = 0.2, afternoonShare = 0.1
    static let eveningChance = 0.6, afternoonChance = 0.15

    /// Everything about the day follows from the seed and the day, not from what came before.
    init(seed: UInt64, dayStart: Int64, dayNumber: Int64, progress: Double, ordersPerDay: Int, clock: LocalClock) {
        var rng = DemoRandom(seed: SplitMix64.derive(seed, 0xDA7_0000 &+ UInt64(bitPattern: dayNumber)))
        self.dayNumber = dayNumber
        start = dayStart
        let perDay = Double(ordersPerDay)
        // A slowly growing shop, with weekends and day-to-day noise; sessions are on top, and
        // the off-session share is lowered so that an average day still brings `ordersPerDay`.
        let offSession = 1 - Self.eveningShare * Self.eveningChance - Self.afternoonShare * Self.afternoonChance
        let trend = 0.92 + 0.16 * progress
        let noise = 0.92 + 0.16 * rng.unit()
        baseOrders = perDay * offSession * trend * noise * ShopRhythm.weekday[ShopRhythm.weekdayIndex(dayNumber: dayNumber)]

        var sessions: [LiveSessionPlan] = []
        let stamp = clock.dayStamp(dayStart + 43_200)
        if rng.chance(Self.afternoonChance) {
            sessions.append(LiveSessionPlan(id: "L\(stamp)-1", title: rng.pick(LiveSessionPlan.titles),
                                            start: dayStart + 14 * 3_600 + Int64(rng.int(0...4)) * 900,
                                            minutes: rng.int(60...90), spikeEvery: 6...14,
                                            expectedOrders: perDay * Self.afternoonShare * trend, &rng))
        }
        if rng.chance(Self.eveningChance) {
            sessions.append(LiveSessionPlan(id: "L\(stamp)-2", title: rng.pick(LiveSessionPlan.titles),
                                            start: dayStart + 19 * 3_600 + 1_800 + Int64(rng.int(0...4)) * 900,
                                            minutes: rng.int(90...180), spikeEvery: 8...15,
                                            expectedOrders: perDay * Self.eveningShare * trend, &rng))
        }
        self.sessions = sessions
    }
}

/// The week's coupon batches: 满100减20 every week, a bigger threshold coupon, a no-threshold
/// ¥5 coupon and a percent-off one, alternating week by week.
enum WeeklyCoupons {
    static func batches(weekStart: Int64, weekEnd: Int64, ordersPerDay: Int, clock: LocalClock) -> [CouponBatchRecord] {
        let stamp = clock.dayStamp(weekStart + 43_200)
        let even = (weekStart / 604_800) % 2 == 0
        let quota = max(200, ordersPerDay * 2)
        func batch(_ code: String, _ name: String, _ kind: CouponKind, value: Int64, percent: Int? = nil, min: Int64) -> CouponBatchRecord {
            CouponBatchRecord(batchId: "W\(stamp)-\(code)", name: name, kind: kind, value: Money(fen: value),
                              percentOff: percent, minSpend: Money(fen: min), quota: quota,
                              startsAt: weekStart, endsAt: weekEnd)
        }
        return [
            batch("MJ100", "满100减20", .threshold, value: 20_00, min: 100_00),
            even ? batch("MJ200", "满200减40", .threshold, value: 40_00, min: 200_00)
                 : batch("MJ300", "满300减60", .threshold, value: 60_00, min: 300_00),
            batch("NEW5", "无门槛5元券", .fixed, value: 5_00, min: 0),
            even ? batch("ZK90", "全场9折", .percent, value: 0, percent: 10, min: 0)
                 : batch("ZK95", "会员95折", .percent, value: 0, percent: 5, min: 50_00),
        ]
    }
}
