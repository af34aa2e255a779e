/// Where a coupon batch really lives: the system that issues its coupons to buyers. A change made
/// in shopdash counts only once that system has taken it.
public enum CouponSystem: String, Sendable, Codable, CaseIterable, Hashable {
    /// Demo and test batches: shopdash's own store is the whole truth.
    case local
    /// A WeChat Pay 代金券 stock; the batch's `remoteId` is its stock id.
    case wechatpay
    /// The shop's own backend, told of each change by a signed POST.
    case webhook

    /// Whether this system has a call for `action`. A change it has none for is refused before
    /// anything is written, so nothing is ever half-applied.
    public func supports(_ action: CouponChangeAction) -> Bool {
        switch self {
        case .local, .webhook: return true
        // The v3 代金券 API can create, start, pause and restart a stock; it cannot stop one
        // for good or move its quota or end.
        case .wechatpay: return [.create, .pause, .resume].contains(action)
        }
    }
}

/// An operator's change to a coupon batch, as the outbox and the audit log name it.
public enum CouponChangeAction: String, Sendable, Codable, CaseIterable, Hashable {
    case create, pause, resume, stop, quota, end

    /// The audit log's word for it ("coupon.pause").
    public var auditAction: String { "coupon.\(rawValue)" }
}

/// Where one change stands on its way to the batch's system.
public enum CouponDeliveryState: String, Sendable, Codable, CaseIterable, Hashable {
    /// Written, not yet confirmed; a sender will try (again) at `nextAttemptAt`.
    case pending
    /// The remote system confirmed it, and the store's batch now shows it.
    case delivered
    /// The remote system refused it, or it could not be delivered for good; the batch is unchanged.
    case failed
}

/// One row of the coupon outbox: a change waiting for, or done with, its remote system.
public struct CouponOutboxEntry: Sendable, Hashable, Codable {
    public var id: Int64
    /// Sent with the change so the remote side can tell a retry from a new change.
    public var requestId: String
    public var batchId: String
    public var system: CouponSystem
    public var remoteId: String?
    public var action: CouponChangeAction
    /// The batch as it should be once the change is applied.
    public var target: CouponBatchRecord
    public var state: CouponDeliveryState
    public var attempts: Int
    public var createdAt: Int64
    public var updatedAt: Int64
    public var nextAttemptAt: Int64
    /// The remote system's answer once delivered, or why it failed (or why the last try did).
    public var answer: String?
    public var reason: String?

    public init(id: Int64, requestId: String, batchId: String, system: CouponSystem, remoteId: String?,
                action: CouponChangeAction, target: CouponBatchRecord, state: CouponDeliveryState,
                attempts: Int, createdAt: Int64, updatedAt: Int64, nextAttemptAt: Int64,
                answer: String? = nil, reason: String? = nil) {
        self.id = id; self.requestId = requestId; self.batchId = batchId; self.system = system
        self.remoteId = remoteId; self.action = action; self.target = target; self.state = state
        self.attempts = attempts; self.createdAt = createdAt; self.updatedAt = updatedAt
        self.nextAttemptAt = nextAttemptAt; self.answer = answer; self.reason = reason
    }
}
