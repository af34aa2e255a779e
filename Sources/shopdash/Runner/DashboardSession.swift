import CursesTerminal
import Foundation
import ShopDashboard
import ShopModel
import ShopStore

/// Opens the terminal on a store and runs the dashboard until the operator quits. Also the entry
/// point for `shopdash demo`, which runs its simulator beside it.
enum DashboardSession {
    /// Returns the termination signal that ended it, nil when the operator quit.
    @discardableResult
    static func run(settings: Settings, store: ShopStore, mouse: Bool, statsFile: String?,
                    environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int32? {
        let watcher = try store.makeChangeWatcher()
        let terminal = try CursesTerminal(mouse: mouse, environment: environment)
        defer { terminal.close() }

        let now = Int64(Date().timeIntervalSince1970)
        var state = AppState(config: settings.appConfig(glyphs: terminal.glyphs), now: now,
                             width: terminal.width, height: terminal.height)
        let (theme, themeProblem) = settings.loadTheme(Strings(settings.language))
        state.themeName = theme.name
        state.isPrivate = settings.privacy
        if let notice = startNotice(store: store, themeProblem: themeProblem, terminal: terminal,
                                     strings: Strings(settings.language)) {
            // A read-only store stays worth knowing for the whole session; the rest fades.
            state.message = StatusMessage(text: notice, isError: themeProblem != nil,
                                          until: store.readOnly ? Int64.max : now + 10)
        }
        let actor = ActorIdentity.current(role: settings.role)
        let worker = StoreWorker(store: store, actor: actor, inbox: ActionInbox(), language: settings.language) {
            Int64(Date().timeIntervalSince1970)
        }
        // Coupon changes made here (or anywhere) reach their system while the dashboard is up.
        let courier: BackgroundCourier? = store.readOnly || !settings.role.canChange ? nil
            : BackgroundCourier(settings.courier(for: store).0)
        defer { courier?.stop() }
        let loop = DashboardLoop(terminal: terminal, worker: worker, watcher: watcher, state: state,
                                 theme: theme.adapted(to: terminal.colorDepth),
                                 themeDirs: settings.themeDirectories, configPath: settings.configDirectory + "/config.toml",
                                 refreshSeconds: settings.refreshSeconds,
                                 statsFile: statsFile)
        loop.run()
        return terminal.terminationSignal
    }

    /// What the operator should know from the first frame on.
    static func startNotice(store: ShopStore, themeProblem: String?, terminal: CursesTerminal,
                            strings: Strings) -> String? {
        var parts: [String] = []
        if store.readOnly { parts.append(strings[.readOnlyStore]) }
        if !terminal.isUTF8 { parts.append(strings[.asciiMode]) }
        if let themeProblem { parts.append(themeProblem) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
