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

    var path: String {
        if let db { return db }
        let env = ProcessInfo.processInfo.environment
        if let fromEnv = env["SHOPDASH_DB"], !fromEnv.isEmpty { return fromEnv }
        let dataHome = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((env["HOME"] ?? ".") + "/.local/share")
        return dataHome + "/shopdash/shop.sqlite"
    }

    func calendar() throws -> ShopCalendar {
        guard let tz else { return .shanghai }
        guard let cal = ShopCalendar(identifier: tz) else {
            throw ValidationError("unknown time zone '\(tz)' (try Asia/Shanghai)")
        }
        return cal
    }

    func open(readOnly: Bool = false) throws -> ShopStore {
        try ShopStore(path: path, calendar: calendar(), readOnly: readOnly)
    }
}
