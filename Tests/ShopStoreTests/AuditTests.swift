import Testing
import ShopModel
@testable import ShopStore

@Suite struct AuditTests {
    @Test func auditRowNamesWhoWhatAndWhen() throws {
        let seeded = try SeededStore()
        try seeded.store.pauseCoupon("B1", by: Seed.operatorActor, now: Seed.now)
        let rows = try seeded.store.auditLog(limit: 10)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.at == Seed.now && row.user == "lihua" && row.sshClient == "10.0.0.8" && row.role == .operator)
        #expect(row.action == "coupon.pause" && row.target == "coupon:B1")
        #expect(row.before == #"{"status":"running"}"# && row.after == #"{"status":"paused"}"#)
    }

    @Test func aFailedChangeLeavesNoAuditRow() throws {
        let seeded = try SeededStore()
        // The audit row is written before the batch update; the update then fails inside the same
        // transaction, and the row must go with it.
        try seeded.store.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_batch_update BEFORE UPDATE ON coupon_batches
                BEGIN SELECT RAISE(ABORT, 'batch updates are switched off'); END
                """)
        }
        #expect(throws: (any Error).self) { try seeded.store.pauseCoupon("B1", by: Seed.operatorActor, now: Seed.now) }
        #expect(try seeded.count("SELECT count(*) FROM audit_log") == 0)
        #expect(try seeded.store.couponStats(now: Seed.now).first { $0.batch.batchId == "B1" }?.batch.status == .running)

        try seeded.store.pool.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_batch_insert BEFORE INSERT ON coupon_batches
                BEGIN SELECT RAISE(ABORT, 'batch inserts are switched off'); END
                """)
        }
        let record = CouponBatchRecord(batchId: "B7", name: "秒杀券", kind: .fixed, value: Money(fen: 100), quota: 1,
                                       startsAt: Seed.now, endsAt: Seed.at(29, 0))
        #expect(throws: (any Error).self) { try seeded.store.createCouponBatch(record, by: Seed.operatorActor, now: Seed.now) }
        #expect(try seeded.count("SELECT count(*) FROM audit_log") == 0)
    }

    @Test func filtersBySinceAndTargetNewestFirst() throws {
        let seeded = try SeededStore()
        let s = seeded.store
        try s.pauseCoupon("B1", by: Seed.operatorActor, now: Seed.now)
        try s.resumeCoupon("B1", by: Seed.operatorActor, now: Seed.now + 10)
        try s.stopCoupon("B2", by: Seed.operatorActor, now: Seed.now + 20)
        _ = try s.orderDetail("O1", reveal: Seed.operatorActor, now: Seed.now + 30)
        #expect(try s.auditLog(limit: 10).map(\.action) == ["order.reveal", "coupon.stop", "coupon.resume", "coupon.pause"])
        #expect(try s.auditLog(limit: 2).count == 2)
        #expect(try s.auditLog(since: Seed.now + 10, limit: 10).count == 3)
        #expect(try s.auditLog(target: "coupon:B1", limit: 10).map(\.action) == ["coupon.resume", "coupon.pause"])
        #expect(try s.auditLog(since: Seed.now + 15, target: "coupon:B1", limit: 10).isEmpty)
        #expect(try s.auditLog(target: "order:O1", limit: 10).map(\.action) == ["order.reveal"])
    }

    @Test func actorComesFromTheEnvironment() {
        let a = Actor.current(role: .support, environment: ["USER": "kefu", "SSH_CLIENT": "192.168.1.9 52113 22"])
        #expect(a == Actor(user: "kefu", sshClient: "192.168.1.9", role: .support))
        #expect(Actor.current(role: .operator, environment: ["LOGNAME": "root"]) == Actor(user: "root", sshClient: nil, role: .operator))
    }
}
