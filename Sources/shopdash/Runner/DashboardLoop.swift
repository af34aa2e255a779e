import CursesTerminal
import Foundation
import ShopDashboard
import ShopModel
import ShopStore

/// The one loop that owns the terminal: keys and store results go through `update`, effects go
/// to the store worker, and a frame is drawn only after something happened.
final class DashboardLoop {
    private let terminal: CursesTerminal
    private let worker: StoreWorker
    private let watcher: ChangeWatcher
    private let themeDirs: [String]
    /// config.toml, where a theme or language chosen in the app is kept for the next start.
    private let configPath: String
    /// Snapshot queries run at most this often while the store keeps changing.
    private let refreshNanos: UInt64
    private var state: AppState
    /// Already brought down to the terminal's colours, so that without colour the background
    /// a theme paints goes instead of turning every cell reverse.
    private var theme: Theme
    private var stats: FrameStats

    /// How often the store is asked whether anything committed: well under the 1 s it may take
    /// a new order to reach the screen.
    private static let watchNanos: UInt64 = 200_000_000
    /// The clock in the status bar and time-based fades move once a second.
    private static let tickNanos: UInt64 = 1_000_000_000
    /// Even a quiet store is re-read this often: "today so far" moves with the clock.
    private static let idleReloadNanos: UInt64 = 60_000_000_000

    init(terminal: CursesTerminal, worker: StoreWorker, watcher: ChangeWatcher, state: AppState, theme: Theme,
         themeDirs: [String], configPath: String, refreshSeconds: Double, statsFile: String?) {
        self.terminal = terminal; self.worker = worker; self.watcher = watcher; self.state = state
        self.theme = theme; self.themeDirs = themeDirs; self.configPath = configPath
        refreshNanos = UInt64(max(0.1, refreshSeconds) * 1_000_000_000)
        stats = FrameStats(path: statsFile)
    }

    private static func unixNow() -> Int64 { Int64(Date().timeIntervalSince1970) }

    /// Runs until the operator quits or a termination signal arrives.
    func run() {
        defer { stats.write() }
        var effects: [Effect] = []
        var wantData: DataRequest? = state.dataRequest
        var wantFeed = true
        var storeChanged = false
        var dirty = true
        var updateNanos: UInt64 = 0
        let start = FrameStats.nanos()
        var nextTick = start + Self.tickNanos
        var nextWatch = start + Self.watchNanos
        var lastDataLoad: UInt64 = 0

        func apply(_ action: Action) {
            let t0 = FrameStats.nanos()
            effects += update(&state, action)
            updateNanos += FrameStats.nanos() - t0
            dirty = true
        }
        // The choice stays in effect for this run even when the file cannot take it.
        func remember(_ key: String, _ value: String) {
            do { try SavedChoice.save(key, value, path: configPath) } catch { apply(.failed("\(error)")) }
        }

        while terminal.terminationSignal == nil && !terminal.inputLost {
            for action in worker.inbox.drain() {
                // A full page of the feed may have left changes behind it: read on without
                // waiting for the store to change again.
                if case .feed(let rows, _) = action, rows.count >= state.config.feedCapacity { wantFeed = true }
                apply(action)
            }

            var quit = false
            while !effects.isEmpty && !quit {
                let batch = effects
                effects = []
                for effect in batch {
                    switch effect {
                    case .quit: quit = true
                    case .bell: terminal.bell()
                    case .flash: terminal.flash()
                    case .load(let request): wantData = request
                    case .search(let query): worker.search(query)
                    case .openOrder(let number, let reveal): worker.openOrder(number, reveal: reveal)
                    case .coupon(let command): worker.coupon(command)
                    case .redrawAll: terminal.invalidate(); dirty = true
                    case .rememberLanguage(let language): remember("lang", language.rawValue)
                    case .suspend: terminal.suspend(); dirty = true
                    case .setTheme(let name):
                        do {
                            let resolved = ThemeChoice.resolve(name, environment: ProcessInfo.processInfo.environment)
                            theme = try Theme.load(named: resolved, searchDirs: themeDirs).adapted(to: terminal.colorDepth)
                            terminal.invalidate()
                            remember("theme", name)
                        } catch {
                            apply(.failed(Strings(state.config.language).format(.themeFallback, name, "\(error)")))
                        }
                    }
                }
            }
            if quit { return }

            let now = FrameStats.nanos()
            if now >= nextWatch {
                nextWatch = now + Self.watchNanos
                if (try? watcher.hasChanged()) == true { wantFeed = true; storeChanged = true }
            }
            if storeChanged && now - lastDataLoad >= refreshNanos || now - lastDataLoad >= Self.idleReloadNanos {
                if wantData == nil { wantData = state.dataRequest }
                storeChanged = false
            }
            if now >= nextTick {
                nextTick = max(nextTick + Self.tickNanos, now)
                apply(.tick(now: Self.unixNow()))
            }
            if wantFeed && !worker.isBusy(.feed) {
                worker.loadFeed(after: state.feedCursor, limit: state.config.feedCapacity)
                wantFeed = false
            }
            if let request = wantData, !worker.isBusy(.data) {
                worker.loadData(request)
                wantData = nil
                lastDataLoad = now
            }
            if !effects.isEmpty { continue }

            if dirty {
                let t0 = FrameStats.nanos()
                let grid = render(state, theme: theme)
                let t1 = FrameStats.nanos()
                terminal.draw(grid)
                let t2 = FrameStats.nanos()
                stats.record(update: updateNanos, render: t1 - t0, draw: t2 - t1)
                updateNanos = 0
                dirty = false
            }

            let after = FrameStats.nanos()
            var waitNanos = min(nextTick, nextWatch) > after ? min(nextTick, nextWatch) - after : 0
            // Results are on their way: look for them often rather than after a whole tick.
            if worker.hasWork || wantData != nil { waitNanos = min(waitNanos, 15_000_000) }
            if let key = terminal.readKey(timeoutMs: Int(waitNanos / 1_000_000)) {
                if key == .resize {
                    apply(.resize(width: terminal.width, height: terminal.height))
                } else {
                    apply(.key(key))
                }
            }
        }
    }
}
