import Foundation
import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// Randomised stores whose rollups must equal a recomputation from the raw tables, whatever the
/// order the events arrive in, how they are split into batches, and how often they repeat.
@Suite struct RollupPropertyTests {
    /// A small, seedable generator (SplitMix64), so that a failing seed can be replayed.
    struct Dice {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
        mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
    }

    static let firstDay = 18
    static let lastDay = 27
    var days: ClosedRange<Int64> { T.cal.dayNumber(T.at(Self.firstDay, 12))...T.cal.dayNumber(T.at(Self.lastDay, 12)) }

    /// Orders paid now or later, status changes out of order, refunds that move through their
    /// states (some late, some repeated), visits whose earliest arrives last, coupon redemptions,
    /// parcels whose steps arrive out of order, orders closed or refunded before they ship, and
    /// live sessions whose orders and visits (late ones too) arrive in any order, and add-to-cart
    /// events; fifteen customers and twenty-five visitors, so most come back.
    static func events(seed: UInt64) -> [ShopEvent] {
        var dice = Dice(state: seed)
        func time() -> Int64 { T.at(firstDay + dice.below(lastDay - firstDay + 1), dice.below(24), dice.below(60), dice.below(60)) }
        let channels: [Channel] = [.liveStream, .share, .search, .ads]
        let sessions = ["L1", "L2"]
        var out: [ShopEvent] = [
            .couponBatch(CouponBatchRecord(batchId: "b1", name: "满100减20", kind: .threshold, value: Money(fen: 2_000),
                                           minSpend: Money(fen: 10_000), quota: 1_000,
                                           startsAt: T.at(firstDay, 0), endsAt: T.at(lastDay, 23))),
            .liveSession(LiveSessionRecord(id: "L1", title: "预热", startedAt: T.at(firstDay, 9), endedAt: T.at(21, 9))),
            .liveSession(LiveSessionRecord(id: "L2", title: "专场", startedAt: T.at(20, 20))),
        ]
        for i in 0..<60 {
            let no = "o\(i)"
            let created = time()
            let paidNow = dice.chance(60)
            let fen = Int64(100 + dice.below(50_000))
            out.append(.order(OrderRecord(
                outTradeNo: no, customer: "c\(dice.below(15))", nickname: "买家\(i)", phone: "138000\(10_000 + i)",
                createdAt: created, paidAt: paidNow ? created + Int64(dice.below(600)) : nil,
                status: paidNow ? .paid : .created, total: Money(fen: fen), paid: Money(fen: fen),
                channel: dice.pick(channels), liveSession: dice.chance(40) ? dice.pick(sessions) : nil,
                items: [OrderItem(sku: "s\(dice.below(5))", name: "商品", qty: 1, unit: Money(fen: fen))])))
            if !paidNow && dice.chance(70) {
                out.append(.orderStatus(OrderStatusChange(outTradeNo: no, status: .paid, at: created + Int64(dice.below(7_200)))))
            }
            if dice.chance(30) {
                // A paid event earlier than the first one known moves the sale to another minute.
                out.append(.orderStatus(OrderStatusChange(outTradeNo: no, status: .paid, at: created + Int64(dice.below(60)))))
            }
            if dice.chance(30) {
                out.append(.orderStatus(OrderStatusChange(outTradeNo: no, status: .shipped, at: created + 86_400)))
            }
            if dice.chance(50) {
                // One or two parcels, each with some of its steps, in any order after the shuffle.
                for parcel in 0..<(dice.chance(20) ? 2 : 1) {
                    let steps: [ShipmentStatus] = [.created, .picked, .inTransit, .delivered]
                    for (k, status) in steps.prefix(1 + dice.below(steps.count)).enumerated() {
                        out.append(.shipment(ShipmentEvent(outTradeNo: no, carrier: "SF", trackingNo: "t\(i)-\(parcel)",
                                                           status: status, at: created + 3_600 * Int64(2 + k))))
                    }
                }
            }
            if dice.chance(15) {
                let status: OrderStatus = dice.chance(50) ? .closed : .refunding
                out.append(.orderStatus(OrderStatusChange(outTradeNo: no, status: status, at: created + 1_800)))
            }
            if dice.chance(35) {
                let requested = created + Int64(dice.below(200_000))
                let amount = Money(fen: Int64(1 + dice.below(Int(fen))))
                let steps: [RefundStatus] = dice.chance(50) ? [.requested, .processing, .succeeded] : [.requested, .rejected]
                for status in steps {
                    out.append(.refund(RefundRecord(refundNo: "r\(i)", outTradeNo: no, amount: amount, status: status,
                                                    requestedAt: requested,
                                                    succeededAt: status == .succeeded ? requested + 3_600 : nil)))
                }
            }
            if dice.chance(30) {
                out.append(.couponIssued(CouponIssueRecord(couponId: "k\(i)", batchId: "b1",
                                                           customer: "c\(dice.below(15))", at: created)))
            }
            if dice.chance(20) {
                out.append(.couponRedeemed(RedemptionRecord(batchId: "b1", outTradeNo: no, discount: Money(fen: 2_000),
                                                            at: created)))
            }
        }
        for i in 0..<120 {
            out.append(.visit(VisitRecord(id: "v\(i)", visitor: "u\(dice.below(25))", startedAt: time(),
                                          durationSeconds: dice.below(900), pages: 1 + dice.below(9),
                                          channel: dice.pick(channels),
                                          liveSession: dice.chance(40) ? dice.pick(sessions) : nil)))
        }
        for i in 0..<50 {
            out.append(.addToCart(CartRecord(id: "cart\(i)", visitor: "u\(dice.below(25))", at: time(),
                                             sku: "s\(dice.below(5))", qty: 1)))
        }
        // Duplicates of a tenth of the events, anywhere in the stream.
        for _ in 0..<(out.count / 10) { out.append(out[dice.below(out.count)]) }
        // Out of order: a shuffle that keeps each order before the events that need it.
        var orders = out.filter { if case .order = $0 { return true } else { return false } }
        var rest = out.filter { if case .order = $0 { return false } else { return true } }
        for i in stride(from: orders.count - 1, to: 0, by: -1) { orders.swapAt(i, dice.below(i + 1)) }
        for i in stride(from: rest.count - 1, to: 0, by: -1) { rest.swapAt(i, dice.below(i + 1)) }
        return orders + rest
    }

    /// Applies the events in batches of random sizes, as ingest and the demo do.
    static func applyInBatches(_ events: [ShopEvent], to store: ShopStore, seed: UInt64) throws {
        var dice = Dice(state: seed ^ 0xA5A5)
        var i = 0
        while i < events.count {
            let n = 1 + dice.below(40)
            _ = try store.apply(Array(events[i..<min(i + n, events.count)]))
            i += n
        }
    }

    @Test(arguments: Array(UInt64(1)...12))
    func rollupsEqualRecomputation(seed: UInt64) throws {
        let t = try TempStore()
        try Self.applyInBatches(Self.events(seed: seed), to: t.store, seed: seed)
        let differences = try t.store.rollupDifferences(days: days)
        #expect(differences.isEmpty, "seed \(seed): \(differences.prefix(5))")
        #expect(try t.store.stats() == t.store.countedStats(), "seed \(seed)")
        // The range held something to compare, so an empty answer means agreement.
        let recomputed = try t.store.pool.read { db in try RollupRecipe.recompute(db, days: days, calendar: T.cal) }
        #expect(Set(recomputed.values.map(\.table)) == ["rollup_minute", "rollup_day", "rollup_cohort", "rollup_coupon",
                                                        "rollup_live_minute", "rollup_live_session",
                                                        "rollup_parcel_status", "awaiting_shipment",
                                                        "rollup_reach", "rollup_visit_minute"])
    }

    /// The logistics and live panes and `check` read the same from the kept tables as a store
    /// without them reads from the raw tables, at any moment of the range.
    @Test(arguments: Array(UInt64(1)...6))
    func paneReadsEqualTheRawReads(seed: UInt64) throws {
        let t = try TempStore()
        try Self.applyInBatches(Self.events(seed: seed), to: t.store, seed: seed)
        let moments = [T.at(Self.firstDay, 12), T.at(22, 8, 30, 15), T.at(Self.lastDay, 23, 59)]
        func reads(_ store: ShopStore) throws -> [PaneReads] {
            try moments.map { now in
                PaneReads(logistics: try store.logistics(now: now, overdueAfterHours: 30, limit: 500),
                          live: try store.liveSessions(now: now, limit: 5),
                          overdue: try store.healthMeasurements(now: now, thresholds: Self.noIntegrity).overdueShipments)
            }
        }
        let kept = try reads(t.store)
        // There was something to read: parcels, waiting orders, and sessions with sales and viewers.
        let last = T.at(Self.lastDay, 23, 59)
        let logistics = try t.store.logistics(now: last, overdueAfterHours: 30, limit: 500)
        #expect(!logistics.byStatus.isEmpty && logistics.awaitingShipment > 0 && logistics.overdueCount > 0)
        #expect(try t.store.liveSessions(now: last, limit: 5).filter { $0.orders > 0 && $0.viewers > 0 }.count == 2)
        try PaneRollupTests.downgrade(t.store)
        let raw = try ShopStore(path: t.path, calendar: T.cal, readOnly: true)
        #expect(try reads(raw) == kept, "seed \(seed)")
        #expect(try raw.rollupDifferences(days: days).isEmpty, "seed \(seed)")
    }

    struct PaneReads: Equatable {
        let logistics: LogisticsStats
        let live: [LiveSessionStats]
        let overdue: Int
    }

    static let noIntegrity = { var t = HealthThresholds(); t.integrity = false; return t }()

    @Test func oneEventPerBatchGivesTheSameRollupsAsOneBatch() throws {
        let events = Self.events(seed: 7)
        let single = try TempStore(), whole = try TempStore()
        for e in events { _ = try single.store.apply([e]) }
        _ = try whole.store.apply(events)
        // Rows a batch takes back to zero are kept by one path and never written by the other;
        // the stored figures without them must match exactly.
        let days = days
        let a = try single.store.pool.read { db in try RollupRecipe.stored(db, days: days, calendar: T.cal) }
        let b = try whole.store.pool.read { db in try RollupRecipe.stored(db, days: days, calendar: T.cal) }
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func countersOfAnOlderStoreAreBackfilledByTheMigration() throws {
        let t = try TempStore()
        try Self.applyInBatches(Self.events(seed: 5), to: t.store, seed: 5)
        try t.store.pool.write { db in
            try db.execute(sql: "DROP TABLE store_counters")
            try StoreCounters.create(db)
        }
        let stats = try t.store.stats()
        #expect(stats.orders == 60)
        #expect(stats == (try t.store.countedStats()))
    }

    @Test func issuedCountsOfAnOlderStoreAreBackfilledByTheMigration() throws {
        let t = try TempStore()
        try Self.applyInBatches(Self.events(seed: 6), to: t.store, seed: 6)
        let issued = try t.store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM coupons_issued")
        }
        #expect((issued ?? 0) > 0)
        try t.store.pool.write { db in
            try db.execute(sql: """
                DROP TRIGGER rollup_coupon_issued;
                ALTER TABLE rollup_coupon DROP COLUMN issued;
                DELETE FROM grdb_migrations WHERE identifier = '\(CouponIssuedCount.migration)';
                """)
        }
        // Read-only, the older store still answers, counting the issued rows.
        let reader = try ShopStore(path: t.path, calendar: T.cal, readOnly: true)
        #expect(try reader.couponStats(now: T.at(Self.lastDay, 12)).first?.issued == issued)
        #expect(try reader.rollupDifferences(days: days).isEmpty)
        let upgraded = try ShopStore(path: t.path, calendar: T.cal)
        #expect(try upgraded.couponStats(now: T.at(Self.lastDay, 12)).first?.issued == issued)
        #expect(try upgraded.rollupDifferences(days: days).isEmpty)
        let kept = try upgraded.pool.read { db in try Int.fetchOne(db, sql: "SELECT issued FROM rollup_coupon") }
        #expect(kept == issued)
    }

    @Test func aDamagedRollupIsFound() throws {
        let t = try TempStore()
        try Self.applyInBatches(Self.events(seed: 3), to: t.store, seed: 3)
        try t.store.pool.write { db in
            try db.execute(sql: """
                UPDATE rollup_minute SET gmv_fen = gmv_fen + 1
                WHERE (minute, channel) = (SELECT minute, channel FROM rollup_minute ORDER BY minute LIMIT 1)
                """)
        }
        let differences = try t.store.rollupDifferences(days: days)
        #expect(differences.count == 1)
        #expect(differences.first?.table == "rollup_minute")
    }
}
