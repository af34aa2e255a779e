import ArgumentParser
import Foundation
import ShopModel
import ShopStore

/// --db and --tz, shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store file (default: $SHOPDASH_DB, else $XDG_DATA_HOME/shopdash/shop.sqlite).")
    var db: String?

    @Option(name: .long, help: "The shop's time zone for days and 'today' (default: Asia/Shanghai).")
    var tz: String?

    /// Every command's settings: these flags (and a command's own, like the dashboard's --theme)
    /// over $SHOPDASH_DB, config.toml and the defaults.
    func settings(adding flags: Settings.Flags = Settings.Flags(),
                  environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Settings {
        var flags = flags
        flags.db = db
        flags.tz = tz
        do {
            return try Settings.load(flags, environment: environment)
        } catch let error as SettingsError {
            throw ValidationError(error.description)
        }
    }

    /// The store file the settings name.
    func path() throws -> String { try settings().dbPath }

    func calendar() throws -> ShopCalendar { try settings().calendar }

    /// Opens the store; only `create` (ingest, import, demo) may start a new one where nothing is.
    func open(readOnly: Bool = false, create: Bool = false) throws -> ShopStore {
        let settings = try settings()
        return try ShopStore(path: settings.dbPath, calendar: settings.calendar, readOnly: readOnly,
                             createIfMissing: create)
    }
}
