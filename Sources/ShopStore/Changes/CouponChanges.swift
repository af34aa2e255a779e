import GRDB
import ShopModel

/// Operator changes to coupon batches. Each one is checked against the batch as it is inside the
/// write transaction, and writes its audit row in that same transaction.
extension ShopStore {
    @discardableResult
    public func pauseCoupon(_ batchId: String, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: "coupon.pause") { batch, _ in
            guard batch.status == .running else { throw StoreError.invalid("coupon batch \(batchId) is \(batch.status.rawValue), not running") }
            guard now < batch.endsAt else { throw StoreError.invalid("coupon batch \(batchId) has already ended") }
            batch.status = .paused
        }
    }

    @discardableResult
    public func resumeCoupon(_ batchId: String, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: "coupon.resume") { batch, _ in
            guard batch.status == .paused else {
                throw StoreError.invalid("coupon batch \(batchId) is \(batch.status.rawValue); only a paused batch can be resumed")
            }
            guard now < batch.endsAt else { throw StoreError.invalid("coupon batch \(batchId) has ended; move its end first") }
            batch.status = .running
        }
    }

    @discardableResult
    public func stopCoupon(_ batchId: String, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: "coupon.stop") { batch, _ in
            guard batch.status == .running || batch.status == .paused else {
                throw StoreError.invalid("coupon batch \(batchId) is already \(batch.status.rawValue)")
            }
            batch.status = .stopped
        }
    }

    @discardableResult
    public func setCouponQuota(_ batchId: String, quota: Int, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: "coupon.quota") { batch, issued in
            try Self.requireChangeable(batch)
            guard quota > 0 else { throw StoreError.invalid("quota must be positive, got \(quota)") }
            guard quota >= issued else {
                throw StoreError.invalid("quota \(quota) is below the \(issued) coupons already issued from \(batchId)")
            }
            batch.quota = quota
        }
    }

    @discardableResult
    public func setCouponEnd(_ batchId: String, endsAt: Int64, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: "coupon.end") { batch, _ in
            try Self.requireChangeable(batch)
            guard endsAt > now else { throw StoreError.invalid("the end must be in the future") }
            guard endsAt > batch.startsAt else { throw StoreError.invalid("the end must come after the start") }
            batch.endsAt = endsAt
        }
    }

    @discardableResult
    public func createCouponBatch(_ record: CouponBatchRecord, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try requireChangeRights(actor)
        try Self.validateNewBatch(record, now: now)
        return try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM coupon_batches WHERE batch_id = ?", arguments: [record.batchId]) == true {
                throw StoreError.invalid("coupon batch \(record.batchId) already exists")
            }
            try AuditWriter.record(db, actor: actor, at: now, action: "coupon.create",
                                   target: AuditWriter.couponTarget(record.batchId), before: nil, after: try AuditWriter.json(record))
            try db.execute(sql: """
                INSERT INTO coupon_batches (\(Self.couponBatchColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.batchId, record.name, record.kind.rawValue, record.value.fen, record.percentOff,
                                 record.minSpend.fen, record.quota, record.status.rawValue, record.startsAt, record.endsAt])
            return record
        }
    }

    static func validateNewBatch(_ r: CouponBatchRecord, now: Int64) throws {
        func fail(_ why: String) throws -> Never { throw StoreError.invalid("coupon batch \(r.batchId): \(why)") }
        if r.batchId.trimmingCharacters(in: .whitespaces).isEmpty { throw StoreError.invalid("a coupon batch needs an id") }
        if r.name.trimmingCharacters(in: .whitespaces).isEmpty { try fail("a name is required") }
        if r.quota <= 0 { try fail("quota must be positive") }
        if r.minSpend.fen < 0 { try fail("minimum spend cannot be negative") }
        switch r.kind {
        case .fixed:
            if r.value.fen <= 0 { try fail("the amount off must be positive") }
        case .threshold:
            if r.value.fen <= 0 { try fail("the amount off must be positive") }
            if r.minSpend <= r.value { try fail("the minimum spend must exceed the amount off") }
        case .percent:
            guard let p = r.percentOff, (1...99).contains(p) else { try fail("percent off must be 1 to 99") }
        }
        if r.status != .running && r.status != .paused { try fail("a new batch starts running or paused") }
        if r.endsAt <= r.startsAt { try fail("the end must come after the start") }
        if r.endsAt <= now { try fail("the end must be in the future") }
    }

    private static func requireChangeable(_ batch: CouponBatchRecord) throws {
        guard batch.status == .running || batch.status == .paused else {
            throw StoreError.invalid("coupon batch \(batch.batchId) is \(batch.status.rawValue) and can no longer change")
        }
    }

    func requireChangeRights(_ actor: Actor) throws {
        guard actor.role.canChange else { throw StoreError.refused("the \(actor.role.rawValue) role cannot change anything") }
        guard !readOnly else { throw StoreError.refused("\(path) is open read-only") }
    }

    private func changeCoupon(_ batchId: String, by actor: Actor, now: Int64, action: String,
                              _ apply: @escaping (inout CouponBatchRecord, _ issued: Int) throws -> Void) throws -> CouponBatchRecord {
        try requireChangeRights(actor)
        return try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.couponBatchColumns) FROM coupon_batches WHERE batch_id = ?",
                                             arguments: [batchId]) else {
                throw StoreError.notFound("coupon batch \(batchId)")
            }
            let before = Self.couponBatch(row)
            let issued = try Int.fetchOne(db, sql: "SELECT count(*) FROM coupons_issued WHERE batch_id = ?", arguments: [batchId]) ?? 0
            var after = before
            try apply(&after, issued)
            let (old, new) = Self.changedFields(before, after)
            // The audit row goes first: if the update below fails, the transaction takes both back.
            try AuditWriter.record(db, actor: actor, at: now, action: action, target: AuditWriter.couponTarget(batchId),
                                   before: try AuditWriter.json(old), after: try AuditWriter.json(new))
            try db.execute(sql: "UPDATE coupon_batches SET status = ?, quota = ?, ends_at = ? WHERE batch_id = ?",
                           arguments: [after.status.rawValue, after.quota, after.endsAt, batchId])
            return after
        }
    }

    private static func changedFields(_ a: CouponBatchRecord, _ b: CouponBatchRecord) -> ([String: AuditValue], [String: AuditValue]) {
        var old: [String: AuditValue] = [:], new: [String: AuditValue] = [:]
        if a.status != b.status { old["status"] = .text(a.status.rawValue); new["status"] = .text(b.status.rawValue) }
        if a.quota != b.quota { old["quota"] = .number(Int64(a.quota)); new["quota"] = .number(Int64(b.quota)) }
        if a.endsAt != b.endsAt { old["ends_at"] = .number(a.endsAt); new["ends_at"] = .number(b.endsAt) }
        return (old, new)
    }
}
