import Foundation
import GRDB
import ShopModel

/// Distinct buyers or visitors of time windows that grow at their end, remembered between calls.
///
/// The KPI cards ask every tick for the distinct buyers and visitors of today so far and of the
/// same stretch of yesterday and last week; on a day of 240,000 orders each answer sorts a day's
/// worth of ids. Those windows keep their start and only move their end, so the ids seen so far
/// are kept and only rows after the last end are read. The row count of the whole window is
/// checked every time (an index count, cheap): rows that arrive late, inside the part already
/// read, change it and force a full recount.
final class DistinctCounter: @unchecked Sendable {
    enum Source: Hashable {
        /// Customers of orders paid in the window.
        case buyers
        /// Visitors of visits started in the window.
        case visitors

        var keySQL: String {
            switch self {
            case .buyers: "SELECT customer, 0, 0 FROM orders WHERE paid_at >= ? AND paid_at < ?"
            case .visitors: "SELECT visitor, pages, duration_s FROM visits WHERE started_at >= ? AND started_at < ?"
            }
        }

        var countSQL: String {
            switch self {
            case .buyers: "SELECT count(*) FROM orders WHERE paid_at >= ? AND paid_at < ?"
            case .visitors: "SELECT count(*) FROM visits WHERE started_at >= ? AND started_at < ?"
            }
        }
    }

    /// Growing windows are known by their start; closed ones (a past hour) by start and end,
    /// so that the first hour of the day and the day so far do not take each other's place.
    private struct Key: Hashable {
        let source: Source
        let start: Int64
        let closedEnd: Int64?
    }

    /// What a window holds: rows, distinct ids and, for visits, pages and stay seconds.
    struct Tally: Equatable {
        var rows = 0
        var ids = Set<String>()
        var pages: Int64 = 0
        var seconds: Int64 = 0

        mutating func read(_ cursor: RowCursor) throws {
            while let row = try cursor.next() {
                rows += 1
                if let id: String = row[0] { ids.insert(id) }
                pages = pages.addingSaturated(row[1])
                seconds = seconds.addingSaturated(row[2])
            }
        }
    }

    private struct Entry {
        var end: Int64
        var tally: Tally
        var lastUse: UInt64
    }

    /// Enough for three KPI windows of two sources and the hours of a day, with room to spare.
    static let capacity = 64

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var uses: UInt64 = 0

    func count(_ db: Database, _ source: Source, _ window: TimeWindow, closed: Bool = false) throws -> Int {
        try tally(db, source, window, closed: closed).ids.count
    }

    func tally(_ db: Database, _ source: Source, _ window: TimeWindow, closed: Bool = false) throws -> Tally {
        guard window.end > window.start else { return Tally() }
        let key = Key(source: source, start: window.start, closedEnd: closed ? window.end : nil)
        let rows = try Int.fetchOne(db, sql: source.countSQL, arguments: [window.start, window.end]) ?? 0
        lock.lock(); defer { lock.unlock() }
        uses += 1
        if var entry = entries[key], entry.end <= window.end {
            var tally = entry.tally
            if entry.end < window.end {
                try tally.read(Row.fetchCursor(db, sql: source.keySQL, arguments: [entry.end, window.end]))
            }
            if tally.rows == rows {
                entry.tally = tally; entry.end = window.end; entry.lastUse = uses
                entries[key] = entry
                return tally
            }
        }
        var tally = Tally()
        try tally.read(Row.fetchCursor(db, sql: source.keySQL, arguments: [window.start, window.end]))
        if entries[key] == nil && entries.count >= Self.capacity,
           let stalest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            entries[stalest.key] = nil
        }
        entries[key] = Entry(end: window.end, tally: tally, lastUse: uses)
        return tally
    }
}
