import Testing
import ShopModel
@testable import ShopStore

@Suite struct ChangeMarksTests {
    private func moved(_ store: ShopStore, _ write: () throws -> Void) throws -> Set<StoreChange> {
        let before = try store.changeMarks()
        try write()
        return try store.changeMarks().changed(since: before)
    }

    @Test func eachEventMarksItsOwnKindOnceAndDuplicatesMarkNothing() throws {
        let t = try TempStore()
        #expect(try moved(t.store) { _ = try t.apply(order("M-1"), visit("V-1", "v1", T.at(25, 9))) } == [.orders, .visits])
        let marks = try t.store.changeMarks()
        // One mark per transaction and kind, however many events of that kind it held.
        _ = try t.apply(order("M-2"), order("M-3"), order("M-4"))
        #expect(try t.store.changeMarks().counts[.orders] == (marks.counts[.orders] ?? 0) + 1)
        #expect(try moved(t.store) { _ = try t.apply(order("M-2"), visit("V-1", "v1", T.at(25, 9))) } == [])
        #expect(try moved(t.store) {
            _ = try t.apply(.shipment(ShipmentEvent(outTradeNo: "M-1", carrier: "SF", trackingNo: "SF1", status: .inTransit, at: T.at(25, 12))))
        } == [.shipments])
    }

    @Test func couponChangesAndRevealsMarkTheirKinds() throws {
        let seeded = try SeededStore()
        #expect(try moved(seeded.store) { try seeded.store.pauseCoupon("B1", by: Seed.operatorActor, now: Seed.now) } == [.coupons])
        let no = try #require(try seeded.store.findOrders("", limit: 1).orders.first?.outTradeNo)
        #expect(try moved(seeded.store) { _ = try seeded.store.orderDetail(no, reveal: Seed.operatorActor, now: Seed.now) } == [.records])
        // A refused change writes nothing, so it marks nothing.
        #expect(try moved(seeded.store) {
            _ = try? seeded.store.pauseCoupon("B1", by: Seed.supportActor, now: Seed.now)
        } == [])
    }

    @Test func aStoreWithoutMarksReadsAsUnmarked() throws {
        let t = try TempStore()
        try t.store.pool.write { db in try db.execute(sql: "DROP TABLE change_marks") }
        #expect(try t.store.changeMarks() == StoreChangeMarks())
    }
}
