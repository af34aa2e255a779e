import Foundation
import GRDB

/// What this process may do with a store file, and how a reader opens it without leaving files.
///
/// In WAL mode SQLite keeps `-wal` and `-shm` files beside the store. A reader that may not write
/// the store but may write its folder would create them itself, owned by that reader, and the
/// owner could then no longer write the store; a reader that may not write the folder could not
/// open the store at all. So a reader without write access uses the owner's `-wal` and `-shm`
/// when a writer has them open, and otherwise reads the main file as immutable, creating nothing.
enum StoreFileAccess {
    /// Why this process may not write the store at `path` (which exists), or nil when it may:
    /// SQLite needs to write the file, its `-wal` and `-shm`, and the folder to create them.
    static func reasonNotWritable(_ path: String) -> String? {
        if access(path, W_OK) != 0 { return "the file is read-only for this user" }
        for suffix in ["-wal", "-shm"] where exists(path + suffix) && access(path + suffix, W_OK) != 0 {
            return "\(path + suffix) belongs to another user and is read-only for this one"
        }
        let folder = (path as NSString).deletingLastPathComponent
        let bothThere = exists(path + "-wal") && exists(path + "-shm")
        if !bothThere && access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            return "its folder is read-only for this user, and SQLite keeps its -wal and -shm files there"
        }
        return nil
    }

    /// What a read-only open passes to SQLite: the path itself when this process could create the
    /// `-wal`/`-shm` files as the store's writer would, or when a writer has them open; otherwise
    /// an `immutable` URI, which reads the main file without locks or files beside it (changes
    /// still in a `-wal` left without its `-shm` are not seen).
    static func readerPath(_ path: String) -> String {
        if reasonNotWritable(path) == nil { return path }
        if exists(path + "-wal") && exists(path + "-shm") { return path }
        return immutableURI(path) ?? path
    }

    /// `file:PATH?mode=ro&immutable=1`, or nil when this SQLite does not read URIs in file names.
    static func immutableURI(_ path: String) -> String? {
        guard readsURIs else { return nil }
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~/")
        guard let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) else { return nil }
        return "file:\(escaped)?mode=ro&immutable=1"
    }

    /// Whether the linked SQLite was built to take `file:` URIs as file names (Debian's is).
    static let readsURIs: Bool = {
        (try? DatabaseQueue().read { db in
            try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('USE_URI')")
        }) == true
    }()

    private static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

extension ShopStore {
    /// Why this process may not write the existing store at `path`, or nil when it may; commands
    /// that only sometimes write (the dashboard, snapshot) open read-only when it may not.
    public static func reasonNotWritable(_ path: String) -> String? { StoreFileAccess.reasonNotWritable(path) }
}
