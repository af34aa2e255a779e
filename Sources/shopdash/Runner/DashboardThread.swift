import Foundation

/// Runs the dashboard on a thread of its own, for async commands (`demo`): ncurses wants every
/// call on one thread, and the run loop blocks that thread, which must not be one of the few
/// that run Swift tasks (the simulator needs them).
enum DashboardThread {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try body() })
            }
            thread.name = "shopdash.terminal"
            thread.start()
        }
    }
}
