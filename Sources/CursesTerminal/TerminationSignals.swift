import Dispatch
import Foundation

/// SIGTERM, SIGHUP and SIGINT become a flag the run loop checks, so the terminal is restored by
/// the same code path as a normal quit instead of inside a signal handler (where endwin is unsafe).
final class TerminationSignals: @unchecked Sendable {
    private static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT]
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    /// Installs the watch. Must come before newterm: ncurses then leaves these signals alone.
    init() {
        for sig in Self.watched {
            Foundation.signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global(qos: .userInteractive))
            source.setEventHandler { [weak self] in self?.record(sig) }
            source.resume()
            sources.append(source)
        }
    }

    private func record(_ sig: Int32) {
        lock.lock(); defer { lock.unlock() }
        if received == nil { received = sig }
    }

    /// The first termination signal received, if any.
    var signal: Int32? {
        lock.lock(); defer { lock.unlock() }
        return received
    }

    /// Stops watching and gives the signals their default meaning back.
    func uninstall() {
        for source in sources { source.cancel() }
        sources.removeAll()
        for sig in Self.watched { Foundation.signal(sig, SIG_DFL) }
    }
}
