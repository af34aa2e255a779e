import ArgumentParser
import Foundation
import ShopStore

/// --integrity-max-age for the commands that add events: they refuse a store that fails
/// quick_check, so that new data is never piled onto a damaged file.
struct IntegrityOptions: ParsableArguments {
    @Option(name: .customLong("integrity-max-age"), help: ArgumentHelp(
        "Before writing, trust a passing quick_check younger than this many minutes instead of running it (default 0: run it now; it reads the whole store).",
        valueName: "minutes"))
    var maxAgeMinutes = 0

    func validate() throws {
        guard maxAgeMinutes >= 0 else { throw ValidationError("--integrity-max-age must be 0 or more minutes") }
    }

    /// The store, created where nothing is, and refused (StoreError.damaged) when quick_check fails.
    func open(_ store: StoreOptions) throws -> ShopStore {
        let shop = try store.open(create: true)
        try shop.requireIntact(now: Int64(Date().timeIntervalSince1970), maxAgeMinutes: maxAgeMinutes)
        return shop
    }
}
