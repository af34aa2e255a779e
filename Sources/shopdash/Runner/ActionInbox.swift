import Foundation
import ShopDashboard

/// Where work finished off the terminal thread leaves its result; the run loop drains it between
/// key reads. A lock, not an actor: the terminal thread must never wait on a scheduler.
final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    func post(_ action: Action) {
        lock.lock(); defer { lock.unlock() }
        actions.append(action)
    }

    func drain() -> [Action] {
        lock.lock(); defer { lock.unlock() }
        let out = actions
        actions.removeAll(keepingCapacity: true)
        return out
    }
}
