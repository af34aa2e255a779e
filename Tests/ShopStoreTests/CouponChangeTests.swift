import Testing
import ShopModel
@testable import ShopStore

@Suite struct CouponChangeTests {
    let op = Seed.operatorActor
    let now = Seed.now

    func batch(_ seeded: SeededStore, _ id: String) throws -> CouponBatchRecord? {
        try seeded.store.couponStats(now: now).first { $0.batch.batchId == id }?.batch
    }

    func audits(_ seeded: SeededStore) throws -> Int { try seeded.count("SELECT count(*) FROM audit_log") }

    @Test func pauseResumeAndStopMoveTheStatus() throws {
        let seeded = try SeededStore()
        #expect(try seeded.store.pauseCoupon("B1", by: op, now: now).status == .paused)
        #expect(try batch(seeded, "B1")?.status == .paused)
        #expect(try seeded.store.resumeCoupon("B1", by: op, now: now + 60).status == .running)
        #expect(try seeded.store.resumeCoupon("B2", by: op, now: now).status == .running)
        #expect(try seeded.store.stopCoupon("B2", by: op, now: now).status == .stopped)
        #expect(try batch(seeded, "B2")?.status == .stopped)
        #expect(try audits(seeded) == 4)
    }

    @Test func invalidChangesAreRejectedWithoutAuditRows() throws {
        let seeded = try SeededStore()
        let s = seeded.store
        // Stopped and expired batches cannot come back; a running batch cannot be resumed.
        #expect(throws: StoreError.self) { try s.resumeCoupon("B3", by: op, now: now) }
        #expect(throws: StoreError.self) { try s.pauseCoupon("B4", by: op, now: now) }
        #expect(throws: StoreError.self) { try s.resumeCoupon("B1", by: op, now: now) }
        #expect(throws: StoreError.self) { try s.stopCoupon("B3", by: op, now: now) }
        // B2 is paused but ends on the 28th.
        #expect(throws: StoreError.self) { try s.resumeCoupon("B2", by: op, now: Seed.at(28, 0)) }
        // B1 has 3 coupons out.
        #expect(throws: StoreError.self) { try s.setCouponQuota("B1", quota: 2, by: op, now: now) }
        #expect(throws: StoreError.self) { try s.setCouponQuota("B1", quota: 0, by: op, now: now) }
        #expect(throws: StoreError.self) { try s.setCouponQuota("B3", quota: 50, by: op, now: now) }
        #expect(throws: StoreError.self) { try s.setCouponEnd("B1", endsAt: now, by: op, now: now) }
        #expect(throws: StoreError.notFound("coupon batch B0")) { try s.pauseCoupon("B0", by: op, now: now) }
        #expect(try audits(seeded) == 0)
        #expect(try batch(seeded, "B1")?.quota == 100)
    }

    @Test func quotaAndEndChanges() throws {
        let seeded = try SeededStore()
        #expect(try seeded.store.setCouponQuota("B1", quota: 3, by: op, now: now).quota == 3)
        let newEnd = Seed.at(30, 12)
        #expect(try seeded.store.setCouponEnd("B1", endsAt: newEnd, by: op, now: now).endsAt == newEnd)
        // Moving the end of a batch that ran out brings it back.
        let revived = try seeded.store.setCouponEnd("B4", endsAt: Seed.at(26, 0), by: op, now: now)
        #expect(try seeded.store.couponStats(now: now).first { $0.batch.batchId == "B4" }?
            .effectiveStatus(now: now) == .running)
        #expect(revived.endsAt == Seed.at(26, 0))
        let rows = try seeded.store.auditLog(target: "coupon:B1", limit: 10)
        #expect(rows.map(\.action) == ["coupon.end", "coupon.quota"])
        #expect(rows[1].before == #"{"quota":100}"# && rows[1].after == #"{"quota":3}"#)
        #expect(rows[0].before == "{\"ends_at\":\(Seed.at(30, 0))}" && rows[0].after == "{\"ends_at\":\(newEnd)}")
    }

    @Test func createValidatesAndRecordsTheWholeBatch() throws {
        let seeded = try SeededStore()
        let s = seeded.store
        let good = CouponBatchRecord(batchId: "B5", name: "满200减30", kind: .threshold, value: Money(fen: 3_000),
                                     minSpend: Money(fen: 20_000), quota: 500, startsAt: now, endsAt: Seed.at(30, 0))
        var dup = good; dup.batchId = "B1"
        var noName = good; noName.name = "  "
        var cheap = good; cheap.minSpend = Money(fen: 3_000)
        var past = good; past.endsAt = now
        var backwards = good; backwards.startsAt = Seed.at(30, 0); backwards.endsAt = Seed.at(29, 0)
        var badPercent = good; badPercent.kind = .percent; badPercent.percentOff = 100
        var stopped = good; stopped.status = .stopped
        var noQuota = good; noQuota.quota = 0
        for bad in [dup, noName, cheap, past, backwards, badPercent, stopped, noQuota] {
            #expect(throws: StoreError.self, "\(bad)") { try s.createCouponBatch(bad, by: op, now: now) }
        }
        #expect(try audits(seeded) == 0)
        #expect(try s.createCouponBatch(good, by: op, now: now) == good)
        #expect(try batch(seeded, "B5") == good)
        let row = try #require(try s.auditLog(target: "coupon:B5", limit: 5).first)
        #expect(row.action == "coupon.create" && row.before == nil)
        #expect(row.after?.hasPrefix(#"{"batch_id":"B5","ends_at":"#) == true)
        #expect(row.after?.contains(#""name":"满200减30""#) == true)
    }

    @Test func supportAndReadOnlyStoresAreRefused() throws {
        let seeded = try SeededStore()
        let support = Seed.supportActor
        let s = seeded.store
        #expect(throws: StoreError.refused("the support role cannot change anything")) {
            try s.pauseCoupon("B1", by: support, now: now)
        }
        #expect(throws: StoreError.self) { try s.resumeCoupon("B2", by: support, now: now) }
        #expect(throws: StoreError.self) { try s.stopCoupon("B1", by: support, now: now) }
        #expect(throws: StoreError.self) { try s.setCouponQuota("B1", quota: 200, by: support, now: now) }
        #expect(throws: StoreError.self) { try s.setCouponEnd("B1", endsAt: Seed.at(29, 0), by: support, now: now) }
        let record = CouponBatchRecord(batchId: "B6", name: "x", kind: .fixed, value: Money(fen: 100), quota: 1,
                                       startsAt: now, endsAt: Seed.at(29, 0))
        #expect(throws: StoreError.self) { try s.createCouponBatch(record, by: support, now: now) }

        let readOnly = try seeded.reopen(readOnly: true)
        #expect(throws: StoreError.refused("\(seeded.path) is open read-only")) {
            try readOnly.pauseCoupon("B1", by: op, now: now)
        }
        #expect(try audits(seeded) == 0)
        #expect(try batch(seeded, "B1")?.status == .running)
    }
}
