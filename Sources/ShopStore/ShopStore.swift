import Foundation
import GRDB
import ShopModel

/// One shopdash store: a SQLite file in WAL mode that several processes may read and write at once.
public final class ShopStore: Sendable {
    public let path: String
    /// The zone the store counts days in: the one recorded when the store was created, which
    /// wins over the one passed to `init` (see StoreZone).
    public let calendar: ShopCalendar
    public let readOnly: Bool
    let pool: DatabasePool

    /// Opens (and, unless read-only, migrates) the store at `path`; creates it only when nothing
    /// is at `path` and `createIfMissing` allows. A file that is not a shopdash store (an empty
    /// file included), or one written by a newer shopdash, is left untouched: an emptied or
    /// replaced store must be noticed, never silently started again as an empty shop.
    public init(path: String, calendar: ShopCalendar = .shanghai, readOnly: Bool = false,
                createIfMissing: Bool = true) throws {
        self.path = path
        let fm = FileManager.default
        let exists = fm.fileExists(atPath: path)
        if !exists && (readOnly || !createIfMissing) { throw StoreError.missing(path) }
        // Refused before SQLite opens it: a writer without the permissions would fail half way,
        // and one that made -wal/-shm files of its own would lock the owner out.
        if exists && !readOnly, let why = StoreFileAccess.reasonNotWritable(path) {
            throw StoreError.notWritable(path, why)
        }
        var openPath = path
        if exists {
            try Self.checkHeader(path)
            if readOnly { openPath = StoreFileAccess.readerPath(path) }
            do {
                try Self.checkIdentity(path, opening: openPath)
            } catch StoreError.cannotOpen where openPath == path && readOnly && StoreFileAccess.reasonNotWritable(path) != nil {
                // The writer closed (and removed its -wal and -shm) between the look and the open.
                guard let immutable = StoreFileAccess.immutableURI(path) else { throw StoreError.notWritable(path, "cannot read it without writing beside it") }
                openPath = immutable
                try Self.checkIdentity(path, opening: openPath)
            }
        }
        if !readOnly {
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty && !fm.fileExists(atPath: dir) {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            }
        }
        // A new store holds phones and addresses: readable by its group, never by every local
        // user. SQLite gives the -wal and -shm files the same mode.
        if !exists {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o640)
            if fd >= 0 { close(fd) }
        }
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.label = "shopdash"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Ingest updates eight indexes per order; with the default 2 MB cache a store of a
                // few hundred MB spends its time re-reading index pages.
                try db.execute(sql: "PRAGMA cache_size = -65536")
                // A batch of a few thousand events dirties a few thousand index pages. With the
                // default checkpoint every 1000 pages each commit was copied into the database at
                // once; checkpointing every few commits copies a page rewritten by each of them once.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
                // ...and the WAL file is cut back after a checkpoint instead of keeping its peak size.
                try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
            }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: openPath, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path, error.message ?? "\(error)")
        }
        self.pool = pool
        self.readOnly = readOnly
        try Self.prepare(pool, path: path, readOnly: readOnly, freshFile: !exists)
        self.calendar = try StoreZone.resolve(pool, requested: calendar, readOnly: readOnly)
    }

    /// Rejects files that are not SQLite at all before SQLite gets to write a WAL beside them.
    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.cannotOpen(path, "permission denied") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { throw StoreError.notAStore(path, "an empty file, 0 bytes") }
        if head != Data("SQLite format 3\0".utf8) {
            throw StoreError.notAStore(path, "not an SQLite database")
        }
    }

    /// Looks at an existing file through a read-only connection before the pool opens it: the
    /// pool switches the file to WAL, which would rewrite the header of someone else's database.
    private static func checkIdentity(_ path: String, opening openPath: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(10)
        let (appID, tables, superseded): (Int32, Int, Bool)
        do {
            (appID, tables, superseded) = try DatabaseQueue(path: openPath, configuration: config).read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0,
                 try Schema.migrator.hasBeenSuperseded(db))
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notAStore(path, error.message ?? "\(error)")
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path, error.message ?? "\(error)")
        }
        if tables > 0 && appID != Schema.applicationID {
            throw StoreError.notAStore(path, "an SQLite database of some other program")
        }
        // Our own mark with no tables yet is a store whose creation was cut short: finishing it is safe.
        if tables == 0 && appID != Schema.applicationID {
            throw StoreError.notAStore(path, "an SQLite database without shopdash's tables")
        }
        if superseded { throw StoreError.newerSchema(path) }
    }

    private static func prepare(_ pool: DatabasePool, path: String, readOnly: Bool, freshFile: Bool) throws {
        let migrator = Schema.migrator
        let (appID, tables, superseded, complete) = try pool.read { db -> (Int32, Int, Bool, Bool) in
            let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            let pending = Set(migrator.migrations).subtracting(try migrator.appliedIdentifiers(db))
            let complete = readOnly ? pending.isSubset(of: Schema.optionalForReaders) : pending.isEmpty
            return (appID, tables, try migrator.hasBeenSuperseded(db), tables > 0 && complete)
        }
        if tables > 0 && appID != Schema.applicationID {
            throw StoreError.notAStore(path, "an SQLite database of some other program")
        }
        if superseded { throw StoreError.newerSchema(path) }
        if complete { return }
        if readOnly {
            throw tables == 0 ? StoreError.notAStore(path, "an empty database") : StoreError.needsMigration(path)
        }
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.inTransaction {
                try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
                return .commit
            }
        }
        try migrator.migrate(pool)
    }
}

public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case cannotOpen(String, String)
    case notAStore(String, String)
    case newerSchema(String)
    case needsMigration(String)
    /// quick_check found problems: the path and the first problem.
    case damaged(String, String)
    case readOnly(String)
    /// This user may not write the store file, its folder or the -wal/-shm beside it: the path and why.
    case notWritable(String, String)
    case refused(String)
    case notFound(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .missing(let p): "\(p): no such store (ingest, import or demo create one)"
        case .damaged(let p, let problem):
            "\(p): the store is damaged (quick_check: \(problem)); nothing was written; restore it from a backup (docs/operations.md)"
        case .cannotOpen(let p, let why): "\(p): cannot open: \(why)"
        case .notAStore(let p, let what): "\(p): not a shopdash store (\(what)); nothing was changed"
        case .newerSchema(let p): "\(p): written by a newer shopdash (unknown schema version); nothing was changed"
        case .needsMigration(let p): "\(p): store needs an upgrade, which a read-only open cannot do; open it once with write access"
        case .readOnly(let p): "\(p): opened read-only; changes are not possible"
        case .notWritable(let p, let why): "\(p): this user may not write the store (\(why)); nothing was changed"
        case .refused(let why): "refused: \(why)"
        case .notFound(let what): "not found: \(what)"
        case .invalid(let why): "invalid: \(why)"
        }
    }
}
