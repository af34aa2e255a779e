import Foundation
import Testing
@testable import ShopStore

/// What must hold of a store after any input, however damaged, went into it.
enum FuzzStoreChecks {
    static func integrity(_ store: ShopStore) throws -> [String] {
        try store.pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The counts add up and every rejection names a line of the input and a reason.
    static func checkReport(_ report: IngestReport, rejections: [(line: Int, reason: String)], inputLines: Int,
                            seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.read == report.accepted + report.duplicates + report.rejected,
                "counts do not add up: \(report.summary); replay with SHOPDASH_FUZZ_REPLAY=\(seed)",
                sourceLocation: sourceLocation)
        #expect(rejections.count == report.rejected,
                "\(report.rejected) rejected but \(rejections.count) reported; SHOPDASH_FUZZ_REPLAY=\(seed)",
                sourceLocation: sourceLocation)
        for r in rejections where !(1...max(1, inputLines)).contains(r.line) || r.reason.isEmpty {
            let what = "rejection without a line of the input or a reason: line \(r.line) of \(inputLines), '\(r.reason)'"
            Issue.record("\(what); SHOPDASH_FUZZ_REPLAY=\(seed)", sourceLocation: sourceLocation)
        }
    }

    /// After a batch of cases: the file is sound and every command's read still works.
    static func checkStore(_ t: TempStore, seeds: ArraySlice<UInt64>, sourceLocation: SourceLocation = #_sourceLocation) {
        let replay = "one of SHOPDASH_FUZZ_REPLAY=\(seeds.map(String.init).joined(separator: ","))"
        do {
            let integrity = try integrity(t.store)
            #expect(integrity == ["ok"], "integrity_check after \(replay)", sourceLocation: sourceLocation)
            try EveryRead.run(t.store, now: Seed.now, dir: t.dir)
        } catch {
            Issue.record("a read failed after \(replay): \(error)", sourceLocation: sourceLocation)
        }
    }
}
