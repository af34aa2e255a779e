import Foundation
import ShopModel
import ShopStore

/// Opens the store for the dashboard: read-only by itself when this user may not write the file
/// (its folder, or the -wal/-shm beside it), so a shared store can still be watched.
enum StoreAccess {
    static func open(path: String, calendar: ShopCalendar, forceReadOnly: Bool) throws -> ShopStore {
        let readOnly = forceReadOnly || !canWrite(path)
        return try ShopStore(path: path, calendar: calendar, readOnly: readOnly, createIfMissing: false)
    }

    static func canWrite(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return true }
        return ShopStore.reasonNotWritable(path) == nil
    }
}
