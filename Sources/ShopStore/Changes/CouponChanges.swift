import GRDB
import ShopModel

/// Operator changes to coupon batches. Each one is checked against the batch as it is inside the
/// write transaction, and writes its audit row in that same transaction.
extension ShopStore {
    @discardableResult
    public func pauseCoupon(_ batchId: String, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: .pause) { batch, _ in
            guard batch.status == .running else { throw StoreError.invalid("coupon batch \(batchId) is \(batch.status.rawValue), not running") }
            guard now < batch.endsAt else { throw StoreError.invalid("coupon batch \(batchId) has already ended") }
            batch.status = .paused
        }
    }

    @discardableResult
    public func resumeCoupon(_ batchId: String, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: .resume) { batch, _ in
            guard batch.status == .paused else {
                throw StoreError.invalid("coupon batch \(batchId) is \(batch.status.rawValue); only a paused batch can be resumed")
            }
            guard now < batch.endsAt else { throw StoreError.invalid("coupon batch \(batchId) has ended; move its end first") }
            batch.status = .running
        }
    }

    @discardableResult
    public func stopCoupon(_ batchId: String, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: .stop) { batch, _ in
            guard batch.status == .running || batch.status == .paused else {
                throw StoreError.invalid("coupon batch \(batchId) is already \(batch.status.rawValue)")
            }
            batch.status = .stopped
        }
    }

    @discardableResult
    public func setCouponQuota(_ batchId: String, quota: Int, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try changeCoupon(batchId, by: actor, now: now, action: .quota) { batch, issued in
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
        try changeCoupon(batchId, by: actor, now: now, action: .end) { batch, _ in
            try Self.requireChangeable(batch)
            guard endsAt > now else { throw StoreError.invalid("the end must be in the future") }
            guard endsAt > batch.startsAt else { throw StoreError.invalid("the end must come after the start") }
            batch.endsAt = endsAt
        }
    }

    /// A new batch. A local one, or one registered with the `remoteId` its system already gave it,
    /// is written as it is. One that its system must first create is written paused, so nothing is
    /// issued from it, with a pending create in the outbox; it takes its status when its system
    /// confirmed it.
    @discardableResult
    public func createCouponBatch(_ record: CouponBatchRecord, by actor: Actor, now: Int64) throws -> CouponBatchRecord {
        try requireChangeRights(actor)
        try Self.validateNewBatch(record, now: now)
        let needsRemoteCreate = record.system != .local && record.remoteId == nil
        var stored = record
        if needsRemoteCreate { stored.status = .paused }
        return try pool.write { db in
            try ChangeMarks.mark([.coupons], db)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM coupon_batches WHERE batch_id = ?", arguments: [record.batchId]) == true {
                throw StoreError.invalid("coupon batch \(record.batchId) already exists")
            }
            try AuditWriter.record(db, actor: actor, at: now, action: CouponChangeAction.create.auditAction,
                                   target: AuditWriter.couponTarget(record.batchId), before: nil, after: try AuditWriter.json(record))
            try db.execute(sql: """
                INSERT INTO coupon_batches (\(Self.couponBatchColumns), system, remote_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [stored.batchId, stored.name, stored.kind.rawValue, stored.value.fen, stored.percentOff,
                                 stored.minSpend.fen, stored.quota, stored.status.rawValue, stored.startsAt, stored.endsAt,
                                 stored.system.rawValue, stored.remoteId])
            if needsRemoteCreate {
                _ = try CouponOutbox.enqueue(db, batch: stored, action: .create, target: record, now: now)
            }
            return stored
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
        if r.system == .wechatpay && r.kind == .percent {
            try fail("WeChat Pay 代金券 take a fixed amount off; a percent batch cannot live there")
        }
        if r.endsAt <= r.startsAt { try fail("the end must come after the start") }
        if r.endsAt <= now { try fail("the end must be in the future") }
        if let remote = r.remoteId, remote.trimmingCharacters(in: .whitespaces).isEmpty || r.system == .local {
            try fail(r.system == .local ? "a local batch has no remote id" : "remote id '\(remote)' is empty")
        }
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

    /// A local batch changes at once. A batch of another system gets an audit row and a pending
    /// outbox change in one transaction, and itself changes only when a sender reports the change
    /// delivered (finishCouponChange); what comes back is then the batch as it still is.
    private func changeCoupon(_ batchId: String, by actor: Actor, now: Int64, action: CouponChangeAction,
                              _ apply: @escaping (inout CouponBatchRecord, _ issued: Int) throws -> Void) throws -> CouponBatchRecord {
        try requireChangeRights(actor)
        return try pool.write { db in
            try ChangeMarks.mark([.coupons], db)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT \(Self.couponBatchColumns), system, remote_id FROM coupon_batches WHERE batch_id = ?
                """, arguments: [batchId]) else {
                throw StoreError.notFound("coupon batch \(batchId)")
            }
            let before = Self.couponBatch(row)
            try Self.requireReachable(before, action)
            let issued = try Int.fetchOne(db, sql: "SELECT count(*) FROM coupons_issued WHERE batch_id = ?", arguments: [batchId]) ?? 0
            var after = before
            try apply(&after, issued)
            let (old, new) = Self.changedFields(before, after)
            // The audit row goes first: if what follows fails, the transaction takes both back.
            try AuditWriter.record(db, actor: actor, at: now, action: action.auditAction, target: AuditWriter.couponTarget(batchId),
                                   before: try AuditWriter.json(old), after: try AuditWriter.json(new))
            if before.system != .local {
                _ = try CouponOutbox.enqueue(db, batch: before, action: action, target: after, now: now)
                return before
            }
            try db.execute(sql: "UPDATE coupon_batches SET status = ?, quota = ?, ends_at = ? WHERE batch_id = ?",
                           arguments: [after.status.rawValue, after.quota, after.endsAt, batchId])
            return after
        }
    }

    /// Refuses up front what the batch's system has no call for, or cannot be told yet.
    private static func requireReachable(_ batch: CouponBatchRecord, _ action: CouponChangeAction) throws {
        guard batch.system.supports(action) else {
            throw StoreError.invalid("coupon batch \(batch.batchId) lives in \(batch.system.rawValue), which has no call to \(action.rawValue) a batch; change it there")
        }
        if batch.system == .wechatpay && batch.remoteId == nil {
            throw StoreError.invalid("coupon batch \(batch.batchId) has no WeChat Pay stock id yet")
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
