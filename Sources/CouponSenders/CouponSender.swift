import ShopModel

/// How one attempt to hand a change to its system ended, before the outbox turns it into a state.
public enum SendResult: Sendable, Equatable {
    /// The system confirmed the change; `remoteId` is the id it gave a batch it created.
    case delivered(answer: String, remoteId: String? = nil)
    /// The system refused it, or it can never succeed as asked: trying again would not help.
    case refused(reason: String)
    /// It may still succeed (a 5xx, a time-out, no connection): the outbox tries again later.
    case transient(reason: String)
}

/// Delivers outbox changes to one coupon system. A sender may be asked for the same change more
/// than once (a retry, or a restart after a crash mid-call), so it must make a repeat harmless:
/// it sends the change's request id, or reads the remote state before changing it again.
public protocol CouponSender: Sendable {
    var system: CouponSystem { get }
    func send(_ change: CouponOutboxEntry) async -> SendResult
}

/// Demo and test batches: the store is the whole truth, so there is nothing to tell anyone and a
/// change is confirmed as soon as it is asked for.
public struct LocalSender: CouponSender {
    public init() {}
    public var system: CouponSystem { .local }
    public func send(_ change: CouponOutboxEntry) async -> SendResult {
        .delivered(answer: "applied locally")
    }
}
