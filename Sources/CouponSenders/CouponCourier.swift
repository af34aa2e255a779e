import Foundation
import ShopModel
import ShopStore

/// Runs the senders over the store's outbox: claims the due changes of the systems it has a
/// sender for, hands each to its sender, and records how it ended. Any number of couriers (the
/// dashboard, `ingest --follow`, a `coupons` command) may run at once over one store: the claim
/// keeps them off each other's changes, and a courier that dies leaves its claim to run out.
public final class CouponCourier: Sendable {
    /// After this many attempts a change stops waiting and is failed with its last reason, so a
    /// batch is never held by a change that can no longer go through.
    public static let maxAttempts = 12
    /// Longer than a sender's slowest attempt (a create and its start, each with a time-out).
    public static let lease: Int64 = 60

    public let store: ShopStore
    let senders: [CouponSystem: any CouponSender]

    public init(store: ShopStore, senders: [any CouponSender]) {
        self.store = store
        self.senders = Dictionary(senders.map { ($0.system, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var systems: Set<CouponSystem> { Set(senders.keys) }

    /// One pass: every due change this courier can deliver, each finished as delivered, failed, or
    /// pending with its next try. Returns the changes as they stand afterwards.
    @discardableResult
    public func deliverDue(now: Int64, batchId: String? = nil) async throws -> [CouponOutboxEntry] {
        let claimed = try store.claimCouponChanges(now: now, lease: Self.lease, batchId: batchId, systems: systems)
        var finished: [CouponOutboxEntry] = []
        for change in claimed {
            guard let sender = senders[change.system] else { continue }
            let result = await sender.send(change)
            if let entry = try store.finishCouponChange(change.id, Self.outcome(result, change: change, now: now), now: now) {
                finished.append(entry)
            }
        }
        return finished
    }

    static func outcome(_ result: SendResult, change: CouponOutboxEntry, now: Int64) -> CouponDeliveryOutcome {
        switch result {
        case .delivered(let answer, let remoteId): return .delivered(answer: answer, remoteId: remoteId)
        case .refused(let reason): return .failed(reason: reason)
        case .transient(let reason):
            guard change.attempts < maxAttempts else {
                return .failed(reason: "gave up after \(change.attempts) attempts: \(reason)")
            }
            let (at, overflow) = now.addingReportingOverflow(CouponRetry.delay(afterAttempts: change.attempts))
            return .retry(reason: reason, at: overflow ? now : at)
        }
    }

    /// Delivers one change, trying again when it is due, until it is delivered or failed or
    /// `timeout` seconds have passed; returns it as it then stands (pending on a time-out).
    public func awaitChange(_ id: Int64, timeout: Double,
                            clock: @Sendable () -> Double = { Date().timeIntervalSince1970 }) async throws -> CouponOutboxEntry? {
        let deadline = clock() + max(timeout, 0)
        while true {
            guard let change = try store.couponChange(id) else { return nil }
            guard change.state == .pending else { return change }
            let now = clock()
            if now >= deadline { return change }
            if senders[change.system] != nil && Double(change.nextAttemptAt) <= now {
                if try await !deliverDue(now: Int64(now), batchId: change.batchId).isEmpty { continue }
            }
            // Another courier may hold the claim, or the retry is not due yet: look again shortly.
            let wait = min(max(Double(change.nextAttemptAt) - now, 0.2), deadline - now, 1)
            try await Task.sleep(nanoseconds: UInt64(max(wait, 0.05) * 1_000_000_000))
        }
    }
}
