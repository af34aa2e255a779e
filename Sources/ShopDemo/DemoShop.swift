import ShopModel

/// A believable WeChat mini-program shop, generated from a seed: the same seed gives the same
/// history. Pure: it returns events and never touches a store or a clock.
public struct DemoShop: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// `days` whole shop days before today plus today up to `now`, as events in hour-long
    /// chunks (time-ordered); drive it with `while let chunk = history.next()`.
    public func history(days: Int, ordersPerDay: Int, endingAt now: Int64,
                        calendar: ShopCalendar = .shanghai) -> DemoHistory {
        DemoHistory(world: DemoWorld(seed: seed, calendar: calendar), days: max(0, days),
                    ordersPerDay: max(0, ordersPerDay), now: now)
    }

    /// Live selling from `now` on, without a history before it (for a store that already has one).
    /// Without a `rate` it sells as a history of `ordersPerDay` would at each hour.
    public func live(rate: Double?, ordersPerDay: Int = 1_000, from now: Int64,
                     calendar: ShopCalendar = .shanghai) -> DemoLive {
        DemoLive(world: DemoWorld(seed: seed, calendar: calendar), rate: rate, ordersPerDay: max(0, ordersPerDay), from: now)
    }
}

/// The demo shop's past, one hour of events per chunk, so that months of history never sit
/// in memory at once.
public struct DemoHistory: IteratorProtocol, Sendable {
    public let start: Int64
    public let now: Int64
    public let ordersPerDay: Int
    private let days: Int
    private var world: DemoWorld
    private var cursor: Int64
    private var day: DayPlan?

    init(world: DemoWorld, days: Int, ordersPerDay: Int, now: Int64) {
        self.world = world
        self.days = days
        self.ordersPerDay = ordersPerDay
        self.now = now
        start = world.calendar.startOfDay(now, addingDays: -days)
        cursor = start
    }

    public var isFinished: Bool { cursor > now }

    /// Everything before this moment has been generated.
    public var reached: Int64 { min(cursor, now + 1) }

    public mutating func next() -> [ShopEvent]? {
        guard cursor <= now else { return nil }
        let from = cursor
        let to = min(from + 3_600, now + 1)
        cursor = to
        if day?.dayNumber != world.calendar.dayNumber(from) { startDay(at: from) }
        guard let day else { return [] }

        var arrivals: [Arrival] = []
        let span = Double(to - from)
        let orders = day.baseOrders * ShopRhythm.hourly[world.clock.hour(from)] * span / 3_600
        for _ in 0..<world.rng.poisson(orders) {
            arrivals.append(Arrival(at: from + Int64(world.rng.below(Int(to - from))), isOrder: true,
                                    channel: ShopRhythm.orderChannels.draw(&world.rng)))
        }
        for _ in 0..<world.rng.poisson(orders * DemoWorld.browsingVisitsPerOrder) {
            arrivals.append(Arrival(at: from + Int64(world.rng.below(Int(to - from))), isOrder: false,
                                    channel: ShopRhythm.visitChannels.draw(&world.rng)))
        }
        for session in day.sessions where session.start < to && session.end > from {
            liveArrivals(session, from: from, to: to, into: &arrivals)
        }
        return world.run(arrivals, until: to)
    }

    /// Minute by minute, because the rush after a link goes up lasts only a few minutes.
    private mutating func liveArrivals(_ session: LiveSessionPlan, from: Int64, to: Int64, into arrivals: inout [Arrival]) {
        var minute = session.start + max(0, (from - session.start) / 60) * 60
        while minute < min(session.end, to) {
            let a = max(minute, from), b = min(minute + 60, session.end, to)
            if b > a {
                let expected = session.baseOrdersPerMinute * session.intensity(at: minute) * Double(b - a) / 60
                for _ in 0..<world.rng.poisson(expected) {
                    arrivals.append(Arrival(at: a + Int64(world.rng.below(Int(b - a))), isOrder: true,
                                            channel: .liveStream, liveSession: session.id))
                }
                for _ in 0..<world.rng.poisson(expected * DemoWorld.liveVisitsPerOrder) {
                    arrivals.append(Arrival(at: a + Int64(world.rng.below(Int(b - a))), isOrder: false,
                                            channel: .liveStream, liveSession: session.id))
                }
            }
            minute += 60
        }
    }

    private mutating func startDay(at t: Int64) {
        let cal = world.calendar
        let dayStart = cal.startOfDay(t)
        let number = cal.dayNumber(t)
        let progress = days == 0 ? 1 : Double(number - cal.dayNumber(start)) / Double(days)
        let plan = DayPlan(seed: world.seed, dayStart: dayStart, dayNumber: number, progress: progress,
                           ordersPerDay: ordersPerDay, clock: world.clock)
        let weekday = ShopRhythm.weekdayIndex(dayNumber: number)
        if weekday == 0 || day == nil {
            let weekStart = cal.startOfDay(dayStart, addingDays: -weekday)
            let weekEnd = cal.startOfDay(weekStart, addingDays: 7)
            for batch in WeeklyCoupons.batches(weekStart: weekStart, weekEnd: weekEnd, ordersPerDay: ordersPerDay, clock: world.clock) {
                world.addBatch(batch, announceAt: max(t, weekStart))
            }
        }
        for session in plan.sessions {
            world.open(session, couponQuota: max(100, Int(Double(ordersPerDay) * DayPlan.eveningShare * 3)))
        }
        day = plan
    }

    /// Live selling that continues this history after `now`: its people, open coupons, the
    /// session on air and every parcel still under way. Chunks not yet taken are skipped.
    /// Without a `rate` it keeps the history's volume and daily rhythm.
    public func live(rate: Double?) -> DemoLive {
        var rest = self
        while rest.next() != nil {}
        let cal = world.calendar
        let nextWeek = cal.startOfDay(now, addingDays: 7 - ShopRhythm.weekdayIndex(dayNumber: cal.dayNumber(now)))
        return DemoLive(world: rest.world, rate: rate, ordersPerDay: ordersPerDay, from: now,
                        weeklyCoupons: (ordersPerDay, nextWeek))
    }
}

/// Live selling: orders arrive at `rate` per second on average (Poisson), or without a rate as
/// many as the history brings at that hour of that day, with visits, carts, coupons, live
/// sessions whose links make the live channel spike, and the later life of every order
/// (payment, parcels, refunds), sped up at a given rate so that it shows within minutes.
public struct DemoLive: Sendable {
    public var rate: Double?
    /// What the history's rhythm is scaled to when there is no `rate`.
    public let ordersPerDay: Int
    /// Every event up to and including this second has been produced.
    public private(set) var clock: Int64
    private var world: DemoWorld
    private var nextSessionAt: Int64
    /// A shop continued from its history keeps launching the week's coupons every Monday. A shop
    /// started live only does not: its batches may be in the store already, changed by an operator.
    private var weeklyCoupons: (ordersPerDay: Int, nextWeek: Int64)?

    /// At a given rate, parcels and refunds of orders placed live move this much faster than
    /// real time, so that a short run shows them. Following the history they keep its pace:
    /// refunds sped up sixty times would read as a refund spike against the history's.
    public static let pace = 1.0 / 60

    /// The plan of the day being sold, as the history would have made it.
    private var plan: DayPlan?

    init(world: DemoWorld, rate: Double?, ordersPerDay: Int, from now: Int64,
         weeklyCoupons: (ordersPerDay: Int, nextWeek: Int64)? = nil) {
        self.world = world
        self.weeklyCoupons = weeklyCoupons
        self.rate = rate.map { max(0, $0) }
        self.ordersPerDay = ordersPerDay
        clock = now
        let onAir = world.session(at: now)
        nextSessionAt = onAir.map { $0.end + 300 } ?? now + 30
    }

    /// The batch statuses as the store has them (an operator's pause included): from the next
    /// second on, coupons are issued and redeemed only from batches that are running there.
    public mutating func followCouponStatuses(_ statuses: [String: CouponStatus]) {
        world.coupons.follow(statuses)
        storeStatuses = statuses
    }

    /// The statuses last read from the store. A visitor's coupon is planned at the visit and
    /// handed out up to its end, minutes later: one planned from a batch paused since is dropped.
    private var storeStatuses: [String: CouponStatus] = [:]

    /// Events for the seconds after `clock` up to and including `now`.
    public mutating func advance(to now: Int64) -> [ShopEvent] {
        guard now > clock else { return [] }
        let from = clock + 1, to = now + 1
        clock = now
        if now >= nextSessionAt && world.session(at: now) == nil { startSession(at: nextSessionAt) }
        while let weekly = weeklyCoupons, now >= weekly.nextWeek {
            let end = world.calendar.startOfDay(weekly.nextWeek, addingDays: 7)
            for batch in WeeklyCoupons.batches(weekStart: weekly.nextWeek, weekEnd: end,
                                               ordersPerDay: weekly.ordersPerDay, clock: world.clock) {
                world.addBatch(batch, announceAt: weekly.nextWeek)
            }
            weeklyCoupons = (weekly.ordersPerDay, end)
        }
        // Orders placed from now on run at the live pace; plans made by the history keep theirs.
        world.pace = rate == nil ? 1 : Self.pace

        let span = Int(to - from)
        var arrivals: [Arrival] = []
        let expected = rate.map { (base: $0 * Double(span), live: 0.0) } ?? historyOrders(from: from, to: to)
        let orders = world.rng.poisson(expected.base + expected.live)
        let visits = world.rng.poisson(expected.base * DemoWorld.browsingVisitsPerOrder
                                       + expected.live * DemoWorld.liveVisitsPerOrder)
        for k in 0..<(orders + visits) {
            let t = from + Int64(world.rng.below(span))
            var a = Arrival(at: t, isOrder: k < orders, channel: .other)
            if let s = world.session(at: t), world.rng.chance(min(0.9, 0.25 + 0.13 * (s.intensity(at: t) - 1))) {
                a.channel = .liveStream
                a.liveSession = s.id
            } else {
                a.channel = (a.isOrder ? ShopRhythm.orderChannels : ShopRhythm.visitChannels).draw(&world.rng)
            }
            arrivals.append(a)
        }
        return world.run(arrivals, until: to).filter { event in
            guard case .couponIssued(let issued) = event, let status = storeStatuses[issued.batchId] else { return true }
            return status == .running
        }
    }

    /// Orders the history brings from `from` up to `to` on average: its hourly share of the
    /// day's orders outside sessions (`base`), and what its sessions on air bring (`live`).
    /// Minute by minute, as the history counts its sessions.
    public mutating func historyOrders(from: Int64, to: Int64) -> (base: Double, live: Double) {
        var base = 0.0, live = 0.0
        var t = from
        while t < to {
            let next = min(to, t - t % 60 + 60)
            let day = dayPlan(at: t)
            let seconds = Double(next - t)
            base += day.baseOrders * ShopRhythm.hourly[world.clock.hour(t)] * seconds / 3_600
            for session in day.sessions where session.start <= t && t < session.end {
                live += session.baseOrdersPerMinute * session.intensity(at: t) * seconds / 60
            }
            t = next
        }
        return (base, live)
    }

    /// The history's plan of the day holding `t`, made the way the history makes it for its
    /// last day, so that the first live hour looks like the hours before it.
    private mutating func dayPlan(at t: Int64) -> DayPlan {
        let number = world.calendar.dayNumber(t)
        if let plan, plan.dayNumber == number { return plan }
        let made = DayPlan(seed: world.seed, dayStart: world.calendar.startOfDay(t), dayNumber: number, progress: 1,
                           ordersPerDay: ordersPerDay, clock: world.clock)
        plan = made
        return made
    }

    private mutating func startSession(at t: Int64) {
        let minutes = world.rng.int(20...45)
        let session = LiveSessionPlan(id: "L" + world.clock.stamp(t), title: world.rng.pick(LiveSessionPlan.titles),
                                      start: t, minutes: minutes, spikeEvery: 3...6, expectedOrders: 0, &world.rng)
        var expected = (rate ?? 0) * Double(minutes) * 60
        if rate == nil {
            let orders = historyOrders(from: t, to: t + Int64(minutes) * 60)
            expected = orders.base + orders.live
        }
        world.open(session, couponQuota: max(100, Int(expected)))
        nextSessionAt = session.end + Int64(world.rng.int(5...12)) * 60
    }
}
