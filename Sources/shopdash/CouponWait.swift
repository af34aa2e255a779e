import CouponSenders
import Foundation
import ShopModel
import ShopStore

/// A `coupons` command's wait for the batch's system: delivers the change itself (no dashboard
/// needs to be running), and turns how it stands at the end into the exit code.
enum CouponWait {
    static func deliver(_ change: CouponOutboxEntry, store: ShopStore, settings: Settings,
                        timeout: Double) throws -> CouponOutboxEntry {
        let (courier, problems) = settings.courier(for: store)
        problems.forEach { Console.err("shopdash: " + $0) }
        if !courier.systems.contains(change.system) {
            Console.err("shopdash: no [\(change.system.rawValue)] in config.toml: the change waits for a shopdash that has it")
        }
        let id = change.id
        return try Blocking.run { try await courier.awaitChange(id, timeout: timeout) } ?? change
    }

    static func exitStatus(_ change: CouponOutboxEntry) throws {
        let system = CouponOutput.systemName(change.system)
        switch change.state {
        case .delivered: return
        case .failed:
            throw CommandFailure("\(system) refused change #\(change.id): \(change.reason ?? "no reason given")",
                                 code: ExitCodes.remoteFailed)
        case .pending:
            throw CommandFailure("change #\(change.id) is still waiting for \(system)"
                                 + (change.reason.map { " (last try: \($0))" } ?? "")
                                 + "; the dashboard, ingest --follow or `shopdash coupons outbox --deliver` will retry it",
                                 code: ExitCodes.stillPending)
        }
    }
}
