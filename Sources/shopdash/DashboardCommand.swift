import ArgumentParser
import Foundation
import ShopStore

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard on the store (the default command).",
        discussion: """
            Settings come from flags, then $XDG_CONFIG_HOME/shopdash/config.toml (keys: db, theme, lang, \
            refresh, role, big_order_fen, refund_burst, alert = flash|bell|off, overdue_hours, tz).
            Keys: 1-7 or Tab switch panes, ? help, / filter, : commands, q quit.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var options: DashboardOptions

    @Option(help: "Seconds between reloads of the pane's figures while the store changes (default 1).")
    var refresh: Double?

    @Flag(help: "Let the mouse pick tabs and rows and scroll.")
    var mouse = false

    @Option(help: .hidden)
    var statsFile: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try store.settings(adding: options.flags(refresh: refresh), environment: environment)
        let shop: ShopStore
        do {
            shop = try StoreAccess.open(path: settings.dbPath, calendar: settings.calendar, forceReadOnly: false)
        } catch let error as StoreError {
            throw CommandFailure.exit(CommandFailure(error))
        }
        if let signal = try DashboardSession.run(settings: settings, store: shop, mouse: mouse, statsFile: statsFile) {
            // The shell convention for "ended by a signal", after the terminal was restored.
            throw ExitCode(128 + signal)
        }
    }
}
