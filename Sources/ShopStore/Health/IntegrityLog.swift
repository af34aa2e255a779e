import Foundation
import GRDB

/// The store's memory of its recent quick_check runs, so that a check polled every minute does
/// not read the whole file every minute.
enum IntegrityLog {
    static let migration = "v4-integrity-checks"

    /// Runs kept; older ones are deleted when a new one is recorded. The table stays a few pages,
    /// and the history still shows how long quick_check takes as the store grows.
    static let kept = 100

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE integrity_checks (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at INTEGER NOT NULL,
              problems INTEGER NOT NULL,
              first_problem TEXT,
              seconds REAL NOT NULL
            );
            CREATE INDEX integrity_checks_at ON integrity_checks(at);
            """)
    }

    /// The newest run at or before `now`. A row stamped later than `now` (a clock that went back,
    /// or a check judged as of an earlier time) is not taken for the latest. None on a store read
    /// before its upgrade, which has no table yet.
    static func latest(_ db: Database, now: Int64) throws -> IntegrityCheck? {
        guard try db.tableExists("integrity_checks") else { return nil }
        guard let row = try Row.fetchOne(db, sql: """
            SELECT at, problems, first_problem, seconds FROM integrity_checks
            WHERE at <= ? ORDER BY at DESC, id DESC LIMIT 1
            """, arguments: [now]) else { return nil }
        return IntegrityCheck(at: row["at"], problems: row["problems"], firstProblem: row["first_problem"],
                              seconds: row["seconds"], origin: .reused)
    }

    /// The latest run if it is younger than `maxAgeMinutes`; a maximum age of 0 takes none.
    static func young(_ db: Database, now: Int64, maxAgeMinutes: Int) throws -> IntegrityCheck? {
        guard maxAgeMinutes > 0, let last = try latest(db, now: now), now - last.at < Int64(maxAgeMinutes) * 60 else {
            return nil
        }
        return last
    }

    /// Runs quick_check. Call it outside a transaction: after SQLite has found a damaged page,
    /// committing the transaction around the check fails too, and the finding would be lost.
    static func run(_ db: Database, now: Int64) throws -> IntegrityCheck {
        let clock = ContinuousClock()
        let started = clock.now
        let answer = try quickCheck(db)
        let took = started.duration(to: clock.now)
        let seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
        return IntegrityCheck(at: now, answer: answer, seconds: seconds)
    }

    /// quick_check's lines. On a badly damaged file SQLite lists a problem and then fails the
    /// statement itself as corrupt; that is a finding of the check, not a reason for it to fail.
    private static func quickCheck(_ db: Database) throws -> [String] {
        var lines: [String] = []
        do {
            let cursor = try String.fetchCursor(db, sql: "PRAGMA quick_check")
            while let row = try cursor.next() {
                // SQLite may head a row with the database's name on a line of its own: not a problem.
                lines += row.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("*** in database ") }
            }
        } catch let error as DatabaseError
                    where [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_IOERR].contains(error.resultCode) {
            lines.append("quick_check stopped: \(error.message ?? "\(error.resultCode)")")
        }
        return lines
    }

    static func record(_ db: Database, _ check: IntegrityCheck) throws {
        try db.execute(sql: """
            INSERT INTO integrity_checks (at, problems, first_problem, seconds) VALUES (?, ?, ?, ?)
            """, arguments: [check.at, check.problems, check.firstProblem, check.seconds])
        try db.execute(sql: "DELETE FROM integrity_checks WHERE id <= ?", arguments: [db.lastInsertedRowID - Int64(kept)])
    }
}

extension ShopStore {
    /// Remembers a quick_check run so that later checks can reuse it.
    /// Throws `StoreError.readOnly` on a store opened read-only.
    public func recordIntegrityCheck(_ check: IntegrityCheck) throws {
        if readOnly { throw StoreError.readOnly(path) }
        try pool.write { db in
            try ChangeMarks.mark([.records], db)
            try IntegrityLog.record(db, check)
        }
    }

    /// The newest remembered quick_check run at or before `now`, if any.
    public func lastIntegrityCheck(now: Int64) throws -> IntegrityCheck? {
        try pool.read { db in try IntegrityLog.latest(db, now: now) }
    }
}

extension ShopStore {
    /// Before a writer adds to the store: a passing quick_check younger than `maxAgeMinutes` is
    /// taken as is, otherwise quick_check runs now and is remembered. Throws `StoreError.damaged`
    /// when it finds problems, so that nothing is written on top of them.
    @discardableResult
    public func requireIntact(now: Int64, maxAgeMinutes: Int = 60) throws -> IntegrityCheck {
        let run: IntegrityCheck
        do {
            if let young = try pool.read({ db in try IntegrityLog.young(db, now: now, maxAgeMinutes: maxAgeMinutes) }),
               young.passed {
                return young
            }
            run = try pool.unsafeRead { db in try IntegrityLog.run(db, now: now) }
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw StoreError.damaged(path, error.message ?? "\(error.resultCode)")
        }
        guard run.passed else { throw StoreError.damaged(path, run.firstProblem ?? "problems found") }
        if !readOnly { try? recordIntegrityCheck(run) }
        return run
    }
}
