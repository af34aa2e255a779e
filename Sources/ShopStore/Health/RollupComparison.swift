import ShopModel

/// Which row of a rollup table: its time (a minute's Unix second, or a shop day number) and its
/// other key (channel, cohort offset in days, coupon batch).
public struct RollupRowKey: Sendable, Hashable, Comparable, Codable {
    public enum Kind: Int, Sendable, Hashable, Codable {
        case minute, day, cohort, coupon, liveMinute, liveSession, parcelStatus, awaitingHour, reach, visitMinute
    }
    public let kind: Kind
    public let time: Int64
    public let name: String

    static func minute(_ minute: Int64, _ channel: String) -> RollupRowKey { .init(kind: .minute, time: minute, name: channel) }
    static func day(_ day: Int64) -> RollupRowKey { .init(kind: .day, time: day, name: "") }
    static func cohort(_ day: Int64, _ offset: Int64) -> RollupRowKey { .init(kind: .cohort, time: day, name: "+\(offset)") }
    static func coupon(_ batch: String) -> RollupRowKey { .init(kind: .coupon, time: 0, name: batch) }
    static func liveMinute(_ minute: Int64, _ session: String) -> RollupRowKey { .init(kind: .liveMinute, time: minute, name: session) }
    static func liveSession(_ session: String) -> RollupRowKey { .init(kind: .liveSession, time: 0, name: session) }
    static func parcelStatus(_ status: String) -> RollupRowKey { .init(kind: .parcelStatus, time: 0, name: status) }
    static func awaitingHour(_ hour: Int64) -> RollupRowKey { .init(kind: .awaitingHour, time: hour, name: "") }
    static func reach(_ minute: Int64, _ kind: String) -> RollupRowKey { .init(kind: .reach, time: minute, name: kind) }
    static func visitMinute(_ minute: Int64) -> RollupRowKey { .init(kind: .visitMinute, time: minute, name: "") }

    public static func < (a: RollupRowKey, b: RollupRowKey) -> Bool {
        (a.kind.rawValue, a.time, a.name) < (b.kind.rawValue, b.time, b.name)
    }

    /// The row as a person looks it up: "2026-11-25 14:02 live_stream", "2026-11-25",
    /// "2026-11-18 +7", the batch id, the live session or parcel status, or "paid 2026-11-25 14:00"
    /// for the orders waiting for a parcel. Times are in the shop's zone.
    func label(_ calendar: ShopCalendar) -> String {
        switch kind {
        case .minute, .reach: "\(calendar.dayLabel(time)) \(calendar.timeLabel(time)) \(name)"
        case .visitMinute: "\(calendar.dayLabel(time)) \(calendar.timeLabel(time))"
        case .day: calendar.dayLabel(RollupRecipe.startOfDayNumber(time, calendar))
        case .cohort: "\(calendar.dayLabel(RollupRecipe.startOfDayNumber(time, calendar))) \(name)"
        case .coupon, .liveSession, .parcelStatus: name
        case .liveMinute: "\(calendar.dayLabel(time)) \(calendar.timeLabel(time)) \(name)"
        case .awaitingHour: "paid \(calendar.dayLabel(time)) \(calendar.timeLabel(time))"
        }
    }
}

/// A rollup row whose stored figures are not what the raw tables give.
public struct RollupDifference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// One figure of the row: its column, as stored and as recomputed.
    public struct Change: Sendable, Hashable, Codable {
        public let column: String
        public let stored: Int64
        public let recomputed: Int64
    }

    public let table: String
    public let row: RollupRowKey
    /// `row` as a person reads it (see `RollupRowKey.label`).
    public let key: String
    /// Only the columns that differ; a missing row reads as zeros.
    public let changes: [Change]

    /// "rollup_minute 2026-11-25 14:02 share: gmv_fen stored 9800, recomputed 9801".
    public var description: String {
        "\(table) \(key): " + changes.map { "\($0.column) stored \($0.stored), recomputed \($0.recomputed)" }
            .joined(separator: "; ")
    }
}

/// Stored rollups of a range of shop days set against a recomputation from the raw tables.
public struct RollupComparison: Sendable, Hashable, Codable {
    public let days: ClosedRange<Int64>
    /// The first and last shop day of the range, "2026-11-19".
    public let from: String
    public let to: String
    /// Rows compared: every row either side holds.
    public let rows: Int
    public let differences: [RollupDifference]
    /// How long reading and recomputing took.
    public var seconds: Double = 0
}
