import Foundation
import ShopModel
@testable import ShopStore

/// A store in its own temporary directory, filled with `Seed.events` through the real write path.
/// Removed with its directory when released.
final class SeededStore {
    let dir: URL
    let store: ShopStore
    var path: String { store.path }

    init(seeded: Bool = true) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try ShopStore(path: dir.appendingPathComponent("shop.sqlite").path, calendar: Seed.calendar)
        guard seeded else { return }
        let results = try store.apply(Seed.events)
        let refused = zip(Seed.events, results).filter { $0.1 != .accepted }
        guard refused.isEmpty else { throw SeedError.notAccepted(refused.map { "\($0.0.typeName): \($0.1)" }) }
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    /// A second, independent store object on the same file (as another process would have).
    func reopen(readOnly: Bool = false) throws -> ShopStore {
        try ShopStore(path: path, calendar: Seed.calendar, readOnly: readOnly)
    }

    func count(_ sql: String) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }
}

enum SeedError: Error { case notAccepted([String]) }
