import Dispatch
import Foundation

/// A request to stop, made by a signal or by the program itself (the dashboard quitting while the
/// demo sells). Watched signals become this flag instead of killing the process, so a loop can
/// finish its batch, restore the terminal or print its summary on its ordinary path (endwin and
/// printing are unsafe inside a signal handler).
public final class StopRequest: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var received: Int32?
    private var sources: [any DispatchSourceSignal] = []
    private var watched: [Int32] = []

    public init() {}

    /// Watches `signals` from now on.
    public convenience init(watching signals: [Int32]) {
        self.init()
        watch(signals)
    }

    /// Turns `signals` into a stop request, then runs `then` (to cancel a task that waits). Before
    /// ncurses starts, so that ncurses leaves these signals alone.
    public func watch(_ signals: [Int32], qos: DispatchQoS.QoSClass = .default,
                      then: (@Sendable () -> Void)? = nil) {
        for sig in signals {
            Foundation.signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global(qos: qos))
            source.setEventHandler { [weak self] in
                self?.request(signal: sig)
                then?()
            }
            source.resume()
            lock.withLock {
                sources.append(source)
                watched.append(sig)
            }
        }
    }

    /// Asks to stop; `signal` is the one that asked, if any (the first one is kept).
    public func request(signal: Int32? = nil) {
        lock.withLock {
            requested = true
            if received == nil { received = signal }
        }
    }

    public var isRequested: Bool { lock.withLock { requested } }

    /// The first watched signal that arrived, if any.
    public var signal: Int32? { lock.withLock { received } }

    /// Stops watching and gives the signals their default meaning back.
    public func stopWatching() {
        let (sources, watched) = lock.withLock {
            defer { self.sources.removeAll(); self.watched.removeAll() }
            return (self.sources, self.watched)
        }
        for source in sources { source.cancel() }
        for sig in watched { Foundation.signal(sig, SIG_DFL) }
    }
}
