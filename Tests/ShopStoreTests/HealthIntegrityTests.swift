import Foundation
import GRDB
import Testing
@testable import ShopStore
import ShopModel

/// quick_check runs are remembered in the store and reused while young enough.
@Suite struct HealthIntegrityTests {
    typealias F = HealthFixture

    static func thresholds(maxAge: Int) -> HealthThresholds {
        var t = HealthThresholds()
        t.integrityMaxAgeMinutes = maxAge
        return t
    }

    static func runs(_ f: HealthFixture) throws -> [Int64] {
        try f.store.pool.read { db in try Int64.fetchAll(db, sql: "SELECT at FROM integrity_checks ORDER BY id") }
    }

    static func integrityLine(_ m: HealthMeasurements) -> String? {
        HealthPolicy.evaluate(m, HealthThresholds()).results.first { $0.name == "integrity" }?.line
    }

    @Test func aRunIsReusedWhileYoungerThanTheMaximumAgeAndRepeatedAfter() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        let t = Self.thresholds(maxAge: 60)

        let first = try #require(try f.store.healthMeasurements(now: F.now, thresholds: t).integrity)
        #expect(first.origin == .ranAndRecorded)
        #expect(first.passed)
        #expect(first.at == F.now)
        #expect(try Self.runs(f) == [F.now])

        // 59 min 59 s later the remembered run is judged; no new row means quick_check did not run.
        let later = try f.store.healthMeasurements(now: F.now + 3_599, thresholds: t)
        let reused = try #require(later.integrity)
        #expect(reused.origin == .reused)
        #expect(reused.at == F.now)
        #expect(reused.seconds == first.seconds)
        #expect(try Self.runs(f) == [F.now])
        let line = try #require(Self.integrityLine(later))
        #expect(line.hasPrefix("OK integrity: quick_check ok (checked 59 min ago, "))
        #expect(line.hasSuffix(" s)"))

        // At an hour it is too old: quick_check runs and is remembered again.
        let again = try #require(try f.store.healthMeasurements(now: F.now + 3_600, thresholds: t).integrity)
        #expect(again.origin == .ranAndRecorded)
        #expect(again.at == F.now + 3_600)
        #expect(try Self.runs(f) == [F.now, F.now + 3_600])
        #expect(try f.store.lastIntegrityCheck(now: F.now + 3_600)?.at == F.now + 3_600)
    }

    @Test func aMaximumAgeOfZeroRunsEveryTime() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        for offset: Int64 in [0, 1, 2] {
            let run = try #require(try f.store.healthMeasurements(now: F.now + offset, thresholds: Self.thresholds(maxAge: 0)).integrity)
            #expect(run.origin == .ranAndRecorded)
            #expect(run.at == F.now + offset)
        }
        #expect(try Self.runs(f) == [F.now, F.now + 1, F.now + 2])
    }

    @Test func aRememberedProblemStaysCriticalUntilAFreshRunPasses() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        let problem = IntegrityCheck(at: F.now - 600, answer: ["row 3 missing from index orders_created",
                                                                "wrong # of entries in index orders_paid"], seconds: 1.44)
        try f.store.recordIntegrityCheck(problem)

        let m = try f.store.healthMeasurements(now: F.now)
        #expect(m.integrity?.origin == .reused)
        let summary = HealthPolicy.evaluate(m, HealthThresholds())
        let result = try #require(summary.results.first { $0.name == "integrity" })
        #expect(result.state == .crit)
        #expect(result.value == 2)
        #expect(result.checkedAt == F.now - 600)
        #expect(result.line == "CRIT integrity: quick_check found 2 problem(s), first: row 3 missing from index "
                + "orders_created (checked 10 min ago, 1.4 s)")
        #expect(try Self.runs(f) == [F.now - 600])

        // Once the problem is an hour old quick_check runs again; this store is sound, so it passes.
        let fresh = try f.store.healthMeasurements(now: F.now + 3_000)
        #expect(fresh.integrity?.origin == .ranAndRecorded)
        #expect(fresh.integrity?.passed == true)
        #expect(HealthPolicy.evaluate(fresh, HealthThresholds()).results.last?.state == .ok)
    }

    @Test func aReadOnlyStoreRunsQuickCheckEveryTimeAndSaysNothingMore() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        let readOnly = try ShopStore(path: f.store.path, readOnly: true)
        for offset: Int64 in [0, 60] {
            let m = try readOnly.healthMeasurements(now: F.now + offset)
            #expect(m.integrity?.origin == .ran)
            #expect(m.integrity?.at == F.now + offset)
            #expect(Self.integrityLine(m) == "OK integrity: quick_check ok")
        }
        #expect(try Self.runs(f).isEmpty)
        #expect(throws: StoreError.readOnly(f.store.path)) {
            try readOnly.recordIntegrityCheck(IntegrityCheck(at: F.now, answer: ["ok"], seconds: 1))
        }
        // A run remembered by a writer is good for a read-only reader too.
        try f.store.recordIntegrityCheck(IntegrityCheck(at: F.now, answer: ["ok"], seconds: 0.04))
        let m = try readOnly.healthMeasurements(now: F.now + 120)
        #expect(m.integrity?.origin == .reused)
        #expect(Self.integrityLine(m) == "OK integrity: quick_check ok (checked 2 min ago, 0.04 s)")
    }

    /// A store last written before the integrity_checks table existed: a reader who may not
    /// upgrade it still checks it; the next writer upgrades it and remembers runs from then on.
    @Test func aStoreFromBeforeTheTableIsCheckedReadOnlyAndUpgradedByAWriter() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        try f.sql("DROP TABLE integrity_checks")
        try f.sql("DELETE FROM grdb_migrations WHERE identifier = ?", [IntegrityLog.migration])

        let reader = try ShopStore(path: f.store.path, readOnly: true)
        let m = try reader.healthMeasurements(now: F.now)
        #expect(m.integrity?.origin == .ran)
        #expect(Self.integrityLine(m) == "OK integrity: quick_check ok")
        #expect(try reader.lastIntegrityCheck(now: F.now) == nil)

        let writer = try ShopStore(path: f.store.path)
        #expect(try writer.healthMeasurements(now: F.now).integrity?.origin == .ranAndRecorded)
        #expect(try reader.healthMeasurements(now: F.now + 60).integrity?.origin == .reused)
    }

    @Test func aRunStampedAfterNowIsNotTakenForTheLatest() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        try f.store.recordIntegrityCheck(IntegrityCheck(at: F.now + 60, answer: ["bad page"], seconds: 1))
        let m = try f.store.healthMeasurements(now: F.now)
        #expect(m.integrity?.origin == .ranAndRecorded)
        #expect(m.integrity?.passed == true)
        #expect(try f.store.lastIntegrityCheck(now: F.now)?.at == F.now)
        #expect(try f.store.lastIntegrityCheck(now: F.now + 60)?.firstProblem == "bad page")
    }

    @Test func onlyTheNewestRunsAreKept() throws {
        let f = try HealthFixture()
        defer { f.remove() }
        for i in 0..<(IntegrityLog.kept + 5) {
            try f.store.recordIntegrityCheck(IntegrityCheck(at: F.now + Int64(i), answer: ["ok"], seconds: 1))
        }
        let runs = try Self.runs(f)
        #expect(runs.count == IntegrityLog.kept)
        #expect(runs.first == F.now + 5)
        #expect(runs.last == F.now + Int64(IntegrityLog.kept + 4))
    }

    @Test func quickCheckAnswersAreCounted() {
        let ok = IntegrityCheck(at: 0, answer: ["ok"], seconds: 0)
        #expect(ok.passed && ok.problems == 0 && ok.firstProblem == nil)
        let bad = IntegrityCheck(at: 0, answer: ["a", "b", "c"], seconds: 0)
        #expect(!bad.passed && bad.problems == 3 && bad.firstProblem == "a")
        let silent = IntegrityCheck(at: 0, answer: [], seconds: 0)
        #expect(!silent.passed && silent.firstProblem == "no answer")
    }

    @Test func agesAndRunTimesReadNaturally() {
        #expect(HealthFormat.age(0) == "0 s")
        #expect(HealthFormat.age(59) == "59 s")
        #expect(HealthFormat.age(720) == "12 min")
        #expect(HealthFormat.age(3_600 + 300) == "1 h 05 min")
        #expect(HealthFormat.age(90_000) == "1 d 1 h")
        #expect(HealthFormat.seconds(1.44) == "1.4 s")
        #expect(HealthFormat.seconds(12) == "12 s")
        #expect(HealthFormat.seconds(0.044) == "0.04 s")
        #expect(HealthFormat.seconds(0.5) == "0.5 s")
        #expect(HealthFormat.seconds(0.001) == "under 0.01 s")
        #expect(HealthFormat.seconds(0.999) == "1 s")
    }
}

/// A store with a damaged page: SQLite fails quick_check itself after naming the page, and that
/// is a CRIT finding of the integrity check, not an unreadable store; it is remembered like any other.
@Suite struct HealthIntegrityDamageTests {
    @Test func aDamagedPageIsCriticalAndRemembered() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("health-damage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("shop.sqlite").path
        let (root, pageSize) = try Self.storeWithOneVisit(path)

        // The visits table's only page now claims 65535 cells.
        let file = try #require(FileHandle(forUpdatingAtPath: path))
        try file.seek(toOffset: UInt64((root - 1) * pageSize + 3))
        try file.write(contentsOf: Data([0xFF, 0xFF]))
        try file.close()

        let store = try ShopStore(path: path)
        let run = try #require(try store.healthMeasurements(now: HealthFixture.now).integrity)
        #expect(!run.passed)
        #expect(run.origin == .ranAndRecorded)
        #expect(run.firstProblem?.hasPrefix("Page \(root): ") == true)
        // SQLite names the page, then gives up on the check itself: both are listed.
        #expect(run.problems >= 2)

        let later = try store.healthMeasurements(now: HealthFixture.now + 60)
        #expect(later.integrity?.origin == .reused)
        let result = try #require(HealthPolicy.evaluate(later, HealthThresholds()).results.last)
        #expect(result.state == .crit)
        #expect(result.line.hasPrefix("CRIT integrity: quick_check found \(run.problems) problem(s), first: Page \(root): "))
        #expect(result.line.contains(" (checked 1 min ago, "))
    }

    /// Writes one visit and moves everything into the main file, so that the page can be damaged
    /// there; returns the visits table's root page and the page size. The store is closed on return.
    static func storeWithOneVisit(_ path: String) throws -> (Int, Int) {
        let store = try ShopStore(path: path)
        try store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO visits (id, visitor, started_at, day, duration_s, pages, channel)
                VALUES ('V1', 'v', ?, 0, 30, 2, 'share')
                """, arguments: [HealthFixture.now - 100])
        }
        _ = try store.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        return try store.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_schema WHERE name = 'visits'") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4_096)
        }
    }
}
