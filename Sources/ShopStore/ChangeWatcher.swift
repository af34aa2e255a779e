import Foundation
import GRDB

/// Answers "did anything commit to the store since I last asked?" for the dashboard's tick,
/// whichever process (or this one) wrote.
///
/// SQLite's `PRAGMA data_version` is per connection and changes only for commits made by other
/// connections, so the watcher keeps one dedicated read-only connection of its own and asks it
/// every time: the store's own writer is then just another connection, and this process's own
/// writes are seen like anyone else's.
public final class ChangeWatcher: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let lock = NSLock()
    private var lastVersion: Int64

    /// Starts watching the store file at `path`; the first question is answered relative to now.
    public init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        config.label = "shopdash.watcher"
        do {
            connection = try DatabaseQueue(path: path, configuration: config)
            lastVersion = try Self.version(connection)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path, error.message ?? "\(error)")
        }
    }

    /// True when something committed since the previous call (or since the watcher was made).
    public func hasChanged() throws -> Bool {
        let version = try Self.version(connection)
        lock.lock(); defer { lock.unlock() }
        let changed = version != lastVersion
        lastVersion = version
        return changed
    }

    private static func version(_ queue: DatabaseQueue) throws -> Int64 {
        // Outside of a transaction: a read transaction would pin the snapshot it started with.
        try queue.inDatabase { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}

extension ShopStore {
    /// A watcher on this store's file with its own connection.
    public func makeChangeWatcher() throws -> ChangeWatcher { try ChangeWatcher(path: path) }
}
