import GRDB
import Testing
import ShopModel
@testable import ShopStore

/// The parcel counts, the orders waiting for a parcel and the live-session rollup, as the write
/// path keeps them, whatever order the events arrive in.
@Suite struct PaneRollupTests {
    static func parcel(_ no: String, _ tracking: String, _ status: ShipmentStatus, _ at: Int64) -> ShopEvent {
        .shipment(ShipmentEvent(outTradeNo: no, carrier: "SF", trackingNo: tracking, status: status, at: at))
    }

    static func liveOrder(_ no: String, session: String?, paidAt: Int64?, fen: Int64) -> ShopEvent {
        .order(OrderRecord(outTradeNo: no, customer: "c-\(no)", createdAt: (paidAt ?? T.at(25, 9)) - 10, paidAt: paidAt,
                           status: paidAt == nil ? .created : .paid, total: Money(fen: fen), paid: Money(fen: fen),
                           channel: .liveStream, liveSession: session))
    }

    static func liveVisit(_ id: String, _ visitor: String, _ at: Int64, session: String) -> ShopEvent {
        .visit(VisitRecord(id: id, visitor: visitor, startedAt: at, durationSeconds: 60, pages: 2,
                           channel: .liveStream, liveSession: session))
    }

    func parcels(_ t: TempStore) throws -> [String: Int64] {
        try t.store.pool.read { db in
            var out: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, parcels FROM rollup_parcel_status WHERE parcels != 0") {
                out[row[0]] = row[1]
            }
            return out
        }
    }

    func waiting(_ t: TempStore) throws -> [String] {
        try t.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT out_trade_no || '@' || paid_at FROM awaiting_shipment ORDER BY paid_at, out_trade_no")
        }
    }

    @Test func parcelCountsFollowTheLatestStatusWhateverOrderTheStepsArriveIn() throws {
        let t = try TempStore()
        _ = try t.apply(order("O1", paidAt: T.at(25, 9)), order("O2", paidAt: T.at(25, 9)))
        _ = try t.apply(Self.parcel("O1", "SF1", .inTransit, T.at(25, 12)))
        #expect(try parcels(t) == ["in_transit": 1])
        // An older step changes nothing; a newer one moves the parcel; a repeat is a duplicate.
        _ = try t.apply(Self.parcel("O1", "SF1", .picked, T.at(25, 11)))
        #expect(try parcels(t) == ["in_transit": 1])
        _ = try t.apply(Self.parcel("O1", "SF1", .delivered, T.at(25, 18)),
                        Self.parcel("O2", "SF2", .created, T.at(25, 10)),
                        Self.parcel("O2", "SF2", .picked, T.at(25, 11)),
                        Self.parcel("O1", "SF1", .delivered, T.at(25, 18)))
        #expect(try parcels(t) == ["delivered": 1, "picked": 1])
        let stats = try t.store.logistics(now: T.at(25, 20), overdueAfterHours: 1, limit: 10)
        #expect(stats.byStatus == [.delivered: 1, .picked: 1])
        // A status emptied by a later transaction leaves no row of zeros, as one transaction holding
        // both steps would not: the store must not depend on where batches were cut.
        #expect(try t.int("SELECT count(*) FROM rollup_parcel_status WHERE status = 'in_transit'") == 0)
        #expect(try t.int("SELECT count(*) FROM rollup_parcel_status WHERE parcels = 0") == 0)
    }

    @Test func ordersWaitForAParcelFromPaymentToTheirFirstParcelOrAnotherStatus() throws {
        let t = try TempStore()
        _ = try t.apply(order("A", paidAt: T.at(25, 9)), order("B", paidAt: nil, createdAt: T.at(25, 8)),
                        order("C", paidAt: T.at(25, 7)), order("D", paidAt: T.at(25, 6)))
        #expect(try waiting(t) == ["D@\(T.at(25, 6))", "C@\(T.at(25, 7))", "A@\(T.at(25, 9))"])
        // B is paid later, then an earlier payment moves it; C is refunded before it ships; D closes.
        _ = try t.apply(.orderStatus(OrderStatusChange(outTradeNo: "B", status: .paid, at: T.at(25, 10))))
        #expect(try waiting(t).last == "B@\(T.at(25, 10))")
        _ = try t.apply(.orderStatus(OrderStatusChange(outTradeNo: "B", status: .paid, at: T.at(25, 8, 30))),
                        .orderStatus(OrderStatusChange(outTradeNo: "C", status: .refunding, at: T.at(25, 11))),
                        .orderStatus(OrderStatusChange(outTradeNo: "D", status: .closed, at: T.at(25, 11))))
        #expect(try waiting(t) == ["B@\(T.at(25, 8, 30))", "A@\(T.at(25, 9))"])
        // A's parcel arrives before its `shipped` status: it waits no more, and the later status keeps it so.
        _ = try t.apply(Self.parcel("A", "SF9", .picked, T.at(25, 12)))
        _ = try t.apply(.orderStatus(OrderStatusChange(outTradeNo: "A", status: .shipped, at: T.at(25, 13))))
        #expect(try waiting(t) == ["B@\(T.at(25, 8, 30))"])
        let stats = try t.store.logistics(now: T.at(25, 20), overdueAfterHours: 10, limit: 10)
        #expect(stats.awaitingShipment == 1 && stats.overdueCount == 1 && stats.overdue.map(\.outTradeNo) == ["B"])
        #expect(try t.store.logistics(now: T.at(25, 8), overdueAfterHours: 0, limit: 10).awaitingShipment == 0)
    }

    @Test func waitingCountsFromWholeHoursAndTheirEdgesEqualTheWaitingOrders() throws {
        let t = try TempStore()
        let times = [T.at(25, 10), T.at(25, 10, 59, 59), T.at(25, 11), T.at(25, 11, 30), T.at(25, 13, 15), T.at(26, 2)]
        _ = try t.store.apply(times.enumerated().map { order("W\($0.offset)", paidAt: $0.element) })
        _ = try t.apply(Self.parcel("W3", "SF3", .picked, T.at(25, 12)))
        #expect(try t.int("SELECT sum(orders) FROM rollup_awaiting_hour") == 5)
        let edges = [nil, T.at(25, 9), T.at(25, 10), T.at(25, 10, 30), T.at(25, 11), T.at(25, 11, 0, 1),
                     T.at(25, 13, 15), T.at(25, 13, 15, 1), T.at(26, 3)]
        for from in edges {
            for case let to? in edges {
                let counted = try t.store.pool.read { db in try AwaitingShipmentHours.count(db, paidFrom: from, to: to) }
                let expected = try t.int("SELECT count(*) FROM awaiting_shipment WHERE paid_at >= ? AND paid_at < ?",
                                         [from ?? Int64.min, to])
                #expect(Int64(counted) == expected, "[\(String(describing: from)), \(to))")
            }
        }
    }

    @Test func liveSessionsCountMinutesAndFirstSeenViewers() throws {
        let t = try TempStore()
        _ = try t.apply(.liveSession(LiveSessionRecord(id: "L", title: "直播", startedAt: T.at(25, 10))),
                        Self.liveOrder("P1", session: "L", paidAt: T.at(25, 10, 1, 5), fen: 1_000),
                        Self.liveOrder("P2", session: "L", paidAt: T.at(25, 10, 1, 50), fen: 2_000),
                        Self.liveOrder("P3", session: "L", paidAt: nil, fen: 4_000),
                        Self.liveOrder("P4", session: nil, paidAt: T.at(25, 10, 2), fen: 8_000),
                        Self.liveVisit("V1", "u1", T.at(25, 10, 5), session: "L"),
                        Self.liveVisit("V2", "u1", T.at(25, 10, 9), session: "L"),
                        Self.liveVisit("V3", "u2", T.at(25, 10, 30), session: "L"))
        // P3 is paid in the same minute as P1; u2's earlier visit arrives late.
        _ = try t.apply(.orderStatus(OrderStatusChange(outTradeNo: "P3", status: .paid, at: T.at(25, 10, 3))),
                        .orderStatus(OrderStatusChange(outTradeNo: "P3", status: .paid, at: T.at(25, 10, 1, 30))),
                        Self.liveVisit("V4", "u2", T.at(25, 10, 4), session: "L"))
        #expect(try t.rows("SELECT minute, orders, gmv_fen FROM rollup_live_minute WHERE orders != 0 ORDER BY minute")
                == [[T.at(25, 10, 1).databaseValue, 3.databaseValue, 7_000.databaseValue]])
        #expect(try t.int("SELECT viewers FROM rollup_live_session WHERE live_session = 'L'") == 2)
        #expect(try t.int("SELECT first_at FROM live_viewers WHERE visitor = 'u2'") == T.at(25, 10, 4))

        let at20 = try #require(try t.store.liveSessions(now: T.at(25, 10, 20), limit: 5).first)
        #expect(at20.orders == 3 && at20.gmv == Money(fen: 7_000) && at20.viewers == 2)
        #expect(at20.perMinute[1] == SalesPoint(start: T.at(25, 10, 1), gmv: Money(fen: 7_000), orders: 3))
        // Mid-minute, only the orders paid by `now` count; u2 is first seen at 10:04.
        let early = try #require(try t.store.liveSessions(now: T.at(25, 10, 1, 40), limit: 5).first)
        #expect(early.orders == 2 && early.gmv == Money(fen: 5_000) && early.viewers == 0)
        let at4 = try #require(try t.store.liveSessions(now: T.at(25, 10, 4), limit: 5).first)
        #expect(at4.viewers == 1)
    }

    @Test func aDeepCheckFindsADamagedLiveOrParcelRollup() throws {
        let t = try TempStore()
        _ = try t.apply(Self.liveOrder("P1", session: "L", paidAt: T.at(25, 10, 1), fen: 1_000),
                        Self.parcel("P1", "SF1", .picked, T.at(25, 12)))
        let days = T.cal.dayNumber(T.at(24, 12))...T.cal.dayNumber(T.at(26, 12))
        #expect(try t.store.rollupDifferences(days: days).isEmpty)
        try t.store.pool.write { db in
            try db.execute(sql: """
                UPDATE rollup_live_minute SET gmv_fen = gmv_fen + 1;
                UPDATE rollup_parcel_status SET parcels = 2;
                INSERT INTO awaiting_shipment (paid_at, out_trade_no) VALUES (\(T.at(25, 10, 1)), 'P1');
                """)
        }
        let differences = try t.store.rollupDifferences(days: days)
        #expect(differences.map(\.table) == ["awaiting_shipment", "rollup_live_minute", "rollup_parcel_status"])
        #expect(differences.first?.key == "paid 2026-11-25 10:00")
        #expect(differences[1].changes == [.init(column: "gmv_fen", stored: 1_001, recomputed: 1_000)])
    }

    /// Drops the tables the three migrations add, as a store from before them had none.
    static func downgrade(_ store: ShopStore) throws {
        try store.pool.write { db in
            try db.execute(sql: """
                DROP TRIGGER awaiting_shipment_order_added;
                DROP TRIGGER awaiting_shipment_order_changed;
                DROP TRIGGER awaiting_shipment_parcel_added;
                DROP TABLE rollup_awaiting_hour;
                DROP TABLE awaiting_shipment;
                DROP TABLE rollup_parcel_status;
                DROP TABLE rollup_live_minute;
                DROP TABLE live_viewers;
                DROP TABLE rollup_live_session;
                DELETE FROM grdb_migrations WHERE identifier IN
                  ('\(ParcelStatusCounts.migration)', '\(AwaitingShipment.migration)', '\(LiveSessionRollup.migration)',
                   '\(AwaitingShipmentHours.migration)');
                """)
        }
    }

    @Test func anOlderStoreReadsTheSameBeforeAndAfterItsUpgrade() throws {
        let seeded = try SeededStore()
        let logistics = try seeded.store.logistics(now: Seed.now, overdueAfterHours: 12, limit: 10)
        let live = try seeded.store.liveSessions(now: Seed.now, limit: 10)
        let health = try seeded.store.healthMeasurements(now: Seed.now)
        #expect(logistics.awaitingShipment == 6 && live.first?.viewers == 4)
        try Self.downgrade(seeded.store)

        let reader = try seeded.reopen(readOnly: true)
        #expect(try reader.logistics(now: Seed.now, overdueAfterHours: 12, limit: 10) == logistics)
        #expect(try reader.liveSessions(now: Seed.now, limit: 10) == live)
        #expect(try reader.healthMeasurements(now: Seed.now).overdueShipments == health.overdueShipments)
        let upgraded = try seeded.reopen()
        #expect(try upgraded.pool.read { db in try AwaitingShipment.isKept(db) && LiveSessionRollup.isKept(db) })
        #expect(try upgraded.logistics(now: Seed.now, overdueAfterHours: 12, limit: 10) == logistics)
        #expect(try upgraded.liveSessions(now: Seed.now, limit: 10) == live)
        #expect(try upgraded.healthMeasurements(now: Seed.now).overdueShipments == health.overdueShipments)
    }
}
