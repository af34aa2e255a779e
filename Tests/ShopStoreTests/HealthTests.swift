import Foundation
import Testing
@testable import ShopStore
import ShopModel

@Suite struct HealthMeasurementTests {
    typealias F = HealthFixture

    /// Every figure of a store laid out by hand: the expectations are counted from the rows below.
    @Test func measuresEveryFigureFromTheTables() throws {
        var f = try HealthFixture()
        defer { f.remove() }
        let now = F.now
        let end = now - 30 // 14:00:00, the current minute is left out

        // Paid orders: 13:30-14:00 today and the same half hour a week ago.
        try f.paidInMinute(end - 30 * F.minute, 4)                  // 13:30, first minute in
        try f.paidInMinute(end - F.minute, 2, channel: .share)      // 13:59, last minute in
        try f.paidInMinute(end, 100)                                // 14:00, partial: out
        try f.paidInMinute(end - 31 * F.minute, 100)                // 13:29: out
        try f.paidInMinute(end - F.week - 29 * F.minute, 20)        // 13:31 a week ago
        try f.paidInMinute(end - F.week, 50)                        // 14:00 a week ago: out

        // Orders created in the last hour: 6 paid (in any later state), 3 closed, 1 pending.
        for (i, status) in [OrderStatus.paid, .shipped, .delivered, .refunded, .refunding, .paid].enumerated() {
            try f.order(createdAt: now - Int64(i + 1) * F.minute, status: status, paidAt: now - Int64(i) * F.minute)
        }
        for i in 0..<3 { try f.order(createdAt: now - 50 * F.minute - Int64(i), status: .closed) }
        try f.order(createdAt: now - 10, status: .created)
        try f.order(createdAt: now - F.hour, status: .closed)       // on the window's open edge: out

        // Overdue: paid over 48 h ago and still `paid`; shipped ones and recent ones do not count.
        try f.order(createdAt: now - 50 * F.hour, status: .paid, paidAt: now - 49 * F.hour)
        try f.order(createdAt: now - 60 * F.hour, status: .paid, paidAt: now - 59 * F.hour)
        try f.order(createdAt: now - 60 * F.hour, status: .shipped, paidAt: now - 59 * F.hour)
        try f.order(createdAt: now - 47 * F.hour, status: .paid, paidAt: now - 47 * F.hour)
        try f.order(createdAt: now - 220 * F.hour, status: .paid, paidAt: now - 217 * F.hour)   // before the week

        // Refunds: 6 in the last hour; 84 in the week before it (0.5 per hour).
        for i in 0..<6 { try f.refund("R\(i)", requestedAt: now - Int64(i) * 5 * F.minute) }
        for i in 0..<84 { try f.refund("B\(i)", requestedAt: now - F.hour - Int64(i) * 2 * F.hour) }
        try f.refund("OLD", requestedAt: now - F.hour - F.week)

        // Newest event: a visit 100 s ago; a cart event an hour in the future is ignored.
        try f.visit("V1", at: now - 100)
        try f.sql("INSERT INTO cart_events (id, visitor, at, sku, qty) VALUES ('C1', 'v', ?, 's', 1)", [now + F.hour])

        // Coupons: running batches only, fullest first.
        try f.batch("A", quota: 10, issued: 9)
        try f.batch("B", quota: 100, issued: 1)
        try f.batch("P", status: .paused, quota: 1, issued: 1)
        try f.batch("E", quota: 1, issued: 1, endsAt: now)
        try f.batch("F", quota: 1, issued: 1, startsAt: now + 1)

        let m = try f.store.healthMeasurements(now: now)
        #expect(m.paidOrders == 6)
        #expect(m.paidOrdersWeekAgo == 20)
        #expect(m.ordersPaid == 6)
        #expect(m.ordersClosedUnpaid == 3)
        #expect(m.ordersPending == 1)
        #expect(m.refunds == 6)
        #expect(m.refundsBaseline == 0.5)
        #expect(m.overdueShipments == 2)
        #expect(m.overdueBase == 70)             // the two week-ago minutes of the rollup
        #expect(m.newestEventAt == now)           // the order paid this second
        #expect(m.coupons.map(\.batchId) == ["A", "B"])
        #expect(m.coupons.first?.issued == 9)
        #expect(m.integrity?.passed == true)
        #expect(m.integrity?.at == now)

        let off = try f.store.healthMeasurements(now: now, thresholds: { var t = HealthThresholds(); t.integrity = false; return t }())
        #expect(off.integrity == nil)
    }

    @Test func newestEventIsTheNewestOfAnyTable() throws {
        var f = try HealthFixture()
        defer { f.remove() }
        #expect(try f.store.healthMeasurements(now: F.now).newestEventAt == nil)
        try f.order(createdAt: F.now - 5_000, status: .paid, paidAt: F.now - 4_000)
        #expect(try f.store.healthMeasurements(now: F.now).newestEventAt == F.now - 4_000)
        try f.visit("V", at: F.now - 3_000)
        #expect(try f.store.healthMeasurements(now: F.now).newestEventAt == F.now - 3_000)
        try f.sql("INSERT INTO order_status_events (out_trade_no, status, at) VALUES ('T1', 'shipped', ?)", [F.now - 2_000])
        #expect(try f.store.healthMeasurements(now: F.now).newestEventAt == F.now - 2_000)
        try f.refund("R", requestedAt: F.now - 1_000)
        #expect(try f.store.healthMeasurements(now: F.now).newestEventAt == F.now - 1_000)
        // A clock a little fast is believed; one far ahead is not.
        try f.visit("SOON", at: F.now + 200)
        try f.visit("FAR", at: F.now + 301)
        #expect(try f.store.healthMeasurements(now: F.now).newestEventAt == F.now + 200)
    }

    @Test func weekAgoWindowFollowsTheShopCalendar() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        // Minutes just inside and outside the week-ago window's edges.
        let end = F.now - 30
        try f.paidInMinute(end - F.week - 30 * F.minute, 3)
        try f.paidInMinute(end - F.week - 31 * F.minute, 7)
        try f.paidInMinute(end - F.week - F.minute, 5)
        let m = try f.store.healthMeasurements(now: F.now)
        #expect(m.paidOrdersWeekAgo == 8)
        #expect(m.paidOrders == 0)
    }
}

@Suite struct HealthPolicyTests {
    static func measurements(_ change: (inout HealthMeasurements) -> Void = { _ in }) -> HealthMeasurements {
        var m = HealthMeasurements(
            now: HealthFixture.now, paidOrders: 40, paidOrdersWeekAgo: 50, ordersPaid: 90, ordersClosedUnpaid: 10,
            ordersPending: 4, refunds: 2, refundsBaseline: 1.5, overdueShipments: 3, overdueBase: 200,
            newestEventAt: HealthFixture.now - 42,
            coupons: [CouponQuotaUsage(batchId: "B1", name: "满100减20", issued: 450, quota: 1_000)],
            integrity: IntegrityCheck(at: HealthFixture.now, answer: ["ok"], seconds: 1.4))
        change(&m)
        return m
    }

    @Test func aHealthyShopIsOKWithExactLinesAndPerfdata() {
        let s = HealthPolicy.evaluate(Self.measurements(), HealthThresholds())
        #expect(s.state == .ok)
        #expect(s.lines == [
            "OK orders_drop: 20% down (40 paid in the last 30 min, 50 a week ago) (warn 50%, crit 80%) | "
                + "orders_drop=20%;50;80;0;100 paid_orders=40;;;0 paid_orders_week_ago=50;;;0 "
                + "payment_failures=10%;30;50;0;100 closed_unpaid=10;;;0 "
                + "refund_spike=1.3;3;5;0 refunds=2;;;0 refunds_usual=1.5;;;0 "
                + "overdue_shipments=1.5%;5;15;0;100 overdue_orders=3;;;0 ingest_lag=42s;600;1800;0 "
                + "coupon_quota=45%;90;98;0;100",
            "OK payment_failures: 10% (10 of 100 orders created in the last 60 min closed unpaid, 4 still pending) (warn 30%, crit 50%)",
            "OK refund_spike: 1.3x (2 refunds requested in the last 60 min, usually 1.5; under 5 never alarms)",
            "OK overdue_shipments: 1.5% (3 of 200 orders paid in the week before the last 48h not shipped) (warn 5%, crit 15%)",
            "OK ingest_lag: newest event 42s ago (warn 600s, crit 1800s)",
            "OK coupon_quota: 45% of 满100减20 [B1] issued (450 of 1000) (warn 90%, crit 98%)",
            "OK integrity: quick_check ok",
        ])
    }

    @Test func theWorstCheckComesFirstAndSetsTheState() {
        let s = HealthPolicy.evaluate(Self.measurements {
            $0.newestEventAt = HealthFixture.now - 3_600       // stalled: CRIT
            $0.overdueShipments = 10                           // 5% of 200, exactly at warn: WARN
        }, HealthThresholds())
        #expect(s.state == .crit)
        #expect(s.worstFirst.map(\.name) == ["ingest_lag", "overdue_shipments", "orders_drop", "payment_failures",
                                             "refund_spike", "coupon_quota", "integrity"])
        #expect(s.lines[0].hasPrefix("CRIT ingest_lag: newest event 1h 00m ago (warn 600s, crit 1800s) | orders_drop="))
        #expect(s.lines[1] == "WARN overdue_shipments: 5% (10 of 200 orders paid in the week before the last 48h not shipped) (warn 5%, crit 15%)")
    }

    @Test func levelsAreReachedAtTheThreshold() {
        let t = HealthThresholds()
        func drop(_ paid: Int) -> HealthState {
            HealthPolicy.ordersDrop(Self.measurements { $0.paidOrders = paid; $0.paidOrdersWeekAgo = 100 }, t).state
        }
        #expect(drop(51) == .ok)
        #expect(drop(50) == .warn)
        #expect(drop(21) == .warn)
        #expect(drop(20) == .crit)
        #expect(drop(150) == .ok)
    }

    @Test func smallSamplesDoNotAlarm() {
        let t = HealthThresholds()
        let quiet = Self.measurements {
            $0.paidOrders = 0; $0.paidOrdersWeekAgo = 9
            $0.ordersPaid = 5; $0.ordersClosedUnpaid = 14
            $0.refunds = 4; $0.refundsBaseline = 0
        }
        let s = HealthPolicy.evaluate(quiet, t)
        #expect(s.state == .ok)
        #expect(s.results[0].detail == "0 paid in the last 30 min, 9 a week ago (under 10 a week ago: too few to compare)")
        #expect(s.results[0].value == nil)
        #expect(s.results[1].value == nil)
        // The same figures over the minimums do alarm.
        let loud = HealthPolicy.evaluate(Self.measurements {
            $0.paidOrders = 0; $0.paidOrdersWeekAgo = 10
            $0.ordersPaid = 6; $0.ordersClosedUnpaid = 14
            $0.refunds = 5; $0.refundsBaseline = 0
        }, t)
        #expect(loud.results.prefix(3).map(\.state) == [.crit, .crit, .crit])
        #expect(loud.results[2].detail == "5x (5 refunds requested in the last 60 min, usually 0)")
    }

    @Test func anEmptyStoreIsUnknownAndAnUnreadableOneToo() {
        let empty = HealthPolicy.evaluate(Self.measurements { $0.newestEventAt = nil; $0.coupons = [] }, HealthThresholds())
        #expect(empty.state == .unknown)
        #expect(empty.lines[0].hasPrefix("UNKNOWN ingest_lag: no events in the store (warn 600s, crit 1800s) | "))
        #expect(empty.results.first { $0.name == "coupon_quota" }?.detail == "no running coupon batches")

        let broken = HealthSummary.unreadable(now: 0, reason: "/x.sqlite: no such store")
        #expect(broken.state == .unknown)
        #expect(broken.lines == ["UNKNOWN store: /x.sqlite: no such store"])
    }

    @Test func couponsAndIntegrityNameWhatIsWrong() {
        let s = HealthPolicy.evaluate(Self.measurements {
            $0.coupons = [CouponQuotaUsage(batchId: "A", name: "双11", issued: 99, quota: 100),
                          CouponQuotaUsage(batchId: "B", name: "b", issued: 95, quota: 100),
                          CouponQuotaUsage(batchId: "C", name: "c", issued: 10, quota: 100)]
            $0.integrity = IntegrityCheck(at: HealthFixture.now, answer: ["row 3 missing from index orders_created",
                                                                          "wrong # of entries in index orders_paid"], seconds: 2)
        }, HealthThresholds())
        let coupon = s.results.first { $0.name == "coupon_quota" }!
        #expect(coupon.state == .crit)
        #expect(coupon.detail == "99% of 双11 [A] issued (99 of 100, 1 more over 90%)")
        let integrity = s.results.first { $0.name == "integrity" }!
        #expect(integrity.state == .crit)
        #expect(integrity.detail == "quick_check found 2 problem(s), first: row 3 missing from index orders_created")
        #expect(CouponQuotaUsage(batchId: "Z", name: "", issued: 0, quota: 0).percentIssued == 100)
    }

    @Test func numbersPrintWithoutNoise() {
        #expect(HealthFormat.number(3) == "3")
        #expect(HealthFormat.number(1.25) == "1.3")
        #expect(HealthFormat.number(-0.5) == "-0.5")
        #expect(HealthFormat.number(.infinity) == "0")
        #expect(HealthFormat.duration(59) == "59s")
        #expect(HealthFormat.duration(61) == "1m 01s")
        #expect(HealthFormat.duration(90_000) == "1d 1h")
    }
}
