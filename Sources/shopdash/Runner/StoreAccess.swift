import Foundation
import ShopModel
import ShopStore

/// Opens the store for the dashboard: read-only by itself when this user may not write the file
/// (or the folder SQLite keeps its WAL beside it in), so a shared store can still be watched.
enum StoreAccess {
    static func open(path: String, calendar: ShopCalendar, forceReadOnly: Bool) throws -> ShopStore {
        let readOnly = forceReadOnly || !canWrite(path)
        return try ShopStore(path: path, calendar: calendar, readOnly: readOnly, createIfMissing: false)
    }

    static func canWrite(_ path: String) -> Bool {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { return true }
        let dir = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(dir.isEmpty ? "." : dir, W_OK) == 0
    }
}
