import Testing
import ShopModel
@testable import ShopStore

@Suite struct CouponOutboxTests {
    let op = Seed.operatorActor
    let now = Seed.now

    /// The seed plus W1, a WeChat Pay stock, and H1, a batch of the shop's own backend.
    func remoteStore() throws -> SeededStore {
        let seeded = try SeededStore()
        let results = try seeded.store.apply([
            .couponBatch(CouponBatchRecord(batchId: "W1", name: "直播间专享", kind: .threshold, value: Money(fen: 1_500),
                                           minSpend: Money(fen: 9_900), quota: 100, startsAt: Seed.at(20, 0),
                                           endsAt: Seed.at(30, 0), system: .wechatpay, remoteId: "9865000")),
            .couponBatch(CouponBatchRecord(batchId: "H1", name: "会员券", kind: .fixed, value: Money(fen: 500),
                                           quota: 100, startsAt: Seed.at(20, 0), endsAt: Seed.at(30, 0), system: .webhook)),
        ])
        #expect(results == [.accepted, .accepted])
        return seeded
    }

    func batch(_ seeded: SeededStore, _ id: String) throws -> CouponBatchRecord? {
        try seeded.store.couponStats(now: now).first { $0.batch.batchId == id }?.batch
    }

    @Test func aRemoteChangeWaitsInTheOutboxWithItsAuditRow() throws {
        let seeded = try remoteStore()
        let shown = try seeded.store.pauseCoupon("W1", by: op, now: now)
        #expect(shown.status == .running)
        #expect(try batch(seeded, "W1")?.status == .running)
        let pending = try seeded.store.couponChanges(batchId: "W1")
        #expect(pending.count == 1)
        #expect(pending[0].state == .pending && pending[0].action == .pause && pending[0].target.status == .paused)
        #expect(pending[0].remoteId == "9865000" && pending[0].requestId.count == 32)
        #expect(try seeded.store.auditLog(target: "coupon:W1", limit: 5).map(\.action) == ["coupon.pause"])
    }

    @Test func aLocalChangeNeedsNoOutbox() throws {
        let seeded = try remoteStore()
        #expect(try seeded.store.pauseCoupon("B1", by: op, now: now).status == .paused)
        #expect(try seeded.store.couponChanges().isEmpty)
    }

    @Test func oneWaitingChangePerBatch() throws {
        let seeded = try remoteStore()
        try seeded.store.pauseCoupon("W1", by: op, now: now)
        #expect(throws: StoreError.self) { try seeded.store.pauseCoupon("W1", by: op, now: now) }
        #expect(try seeded.store.auditLog(target: "coupon:W1", limit: 5).count == 1)
    }

    @Test func whatWeChatPayHasNoCallForIsRefusedUpFront() throws {
        let seeded = try remoteStore()
        #expect(throws: StoreError.self) { try seeded.store.stopCoupon("W1", by: op, now: now) }
        #expect(throws: StoreError.self) { try seeded.store.setCouponQuota("W1", quota: 500, by: op, now: now) }
        #expect(throws: StoreError.self) { try seeded.store.setCouponEnd("W1", endsAt: Seed.at(29, 0), by: op, now: now) }
        #expect(try seeded.store.couponChanges().isEmpty)
        #expect(try seeded.store.auditLog(target: "coupon:W1", limit: 5).isEmpty)
        // The shop's backend takes every change.
        try seeded.store.setCouponQuota("H1", quota: 500, by: op, now: now)
        #expect(try seeded.store.couponChanges(batchId: "H1").first?.target.quota == 500)
    }

    @Test func deliveredChangesReachTheBatchFailedOnesDoNot() throws {
        let seeded = try remoteStore()
        try seeded.store.pauseCoupon("W1", by: op, now: now)
        try seeded.store.stopCoupon("H1", by: op, now: now)
        let claimed = try seeded.store.claimCouponChanges(now: now)
        #expect(claimed.map(\.batchId) == ["W1", "H1"] && claimed.allSatisfy { $0.attempts == 1 })
        try seeded.store.finishCouponChange(claimed[0].id, .delivered(answer: "{}", remoteId: nil), now: now + 1)
        try seeded.store.finishCouponChange(claimed[1].id, .failed(reason: "HTTP 403: no"), now: now + 1)
        #expect(try batch(seeded, "W1")?.status == .paused)
        #expect(try batch(seeded, "H1")?.status == .running)
        let last = try seeded.store.lastCouponChanges()
        #expect(last["W1"]?.state == .delivered && last["H1"]?.state == .failed && last["H1"]?.reason == "HTTP 403: no")
        // A late report on a finished change changes nothing.
        try seeded.store.finishCouponChange(claimed[1].id, .delivered(answer: "{}", remoteId: nil), now: now + 2)
        #expect(try batch(seeded, "H1")?.status == .running)
    }

    @Test func aClaimKeepsOtherSendersOffUntilItRunsOut() throws {
        let seeded = try remoteStore()
        try seeded.store.pauseCoupon("W1", by: op, now: now)
        let other = try seeded.reopen()
        #expect(try seeded.store.claimCouponChanges(now: now, lease: 30).count == 1)
        #expect(try other.claimCouponChanges(now: now + 29).isEmpty)
        // The first sender died: its lease ran out and the change is tried again.
        let again = try other.claimCouponChanges(now: now + 30)
        #expect(again.count == 1 && again[0].attempts == 2)
    }

    @Test func aRetryWaitsForItsTime() throws {
        let seeded = try remoteStore()
        try seeded.store.pauseCoupon("W1", by: op, now: now)
        let id = try #require(try seeded.store.claimCouponChanges(now: now).first).id
        let at = now + CouponRetry.delay(afterAttempts: 1)
        try seeded.store.finishCouponChange(id, .retry(reason: "HTTP 500", at: at), now: now)
        #expect(try seeded.store.claimCouponChanges(now: at - 1).isEmpty)
        #expect(try seeded.store.claimCouponChanges(now: at).first?.reason == "HTTP 500")
        #expect(CouponRetry.delay(afterAttempts: 1) == 2 && CouponRetry.delay(afterAttempts: 3) == 8)
        #expect(CouponRetry.delay(afterAttempts: 40) == CouponRetry.maxDelay)
    }

    @Test func aRemoteCreateStaysPausedUntilConfirmed() throws {
        let seeded = try remoteStore()
        let record = CouponBatchRecord(batchId: "W2", name: "满99减15", kind: .threshold, value: Money(fen: 1_500),
                                       minSpend: Money(fen: 9_900), quota: 1000, startsAt: now, endsAt: Seed.at(30, 0),
                                       system: .wechatpay)
        #expect(try seeded.store.createCouponBatch(record, by: op, now: now).status == .paused)
        let id = try #require(try seeded.store.claimCouponChanges(now: now).first).id
        try seeded.store.finishCouponChange(id, .delivered(answer: #"{"stock_id":"9866001"}"#, remoteId: "9866001"), now: now)
        let stored = try #require(try batch(seeded, "W2"))
        #expect(stored.status == .running && stored.remoteId == "9866001" && stored.system == .wechatpay)
    }

    @Test func changesSurviveAReopen() throws {
        let seeded = try remoteStore()
        try seeded.store.pauseCoupon("W1", by: op, now: now)
        let reopened = try seeded.reopen()
        #expect(try reopened.claimCouponChanges(now: now).map(\.action) == [.pause])
    }
}
