import ShopModel

/// The live feed: rows in arrival order, optionally frozen while the operator reads.
public struct FeedState: Sendable, Equatable {
    /// Oldest first, at most the configured capacity.
    public var rows: [FeedRow] = []
    /// When paused, the largest seq on screen; orders that arrive later wait below the counter.
    /// A listed order that changes keeps the seq it was listed with, so it stays in view.
    public var pausedAt: Int64?
    /// New orders that arrived since the pause (later states of listed ones do not count).
    public var arrivedWhilePaused: Int = 0
    /// Selection among the shown rows, newest first.
    public var cursor = ListCursor()

    public init() {}

    public var isPaused: Bool { pausedAt != nil }

    /// Freezes the list as it is. The largest seq rather than the last row's: the first rows are
    /// listed in the order they were placed, and an older one may carry a later change.
    mutating func pause() {
        pausedAt = rows.map(\.seq).max() ?? 0
        arrivedWhilePaused = 0
    }

    /// The rows on screen, newest first, after the pause point and the filter.
    public func visibleRows(filter: String) -> [FeedRow] {
        let shown = rows.reversed().filter { row in pausedAt.map { row.seq <= $0 } ?? true }
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return Array(shown) }
        return shown.filter { FeedState.matches($0, needle) }
    }

    /// Status and channel match in either language, so "退款" finds refunds whatever the labels say.
    static func matches(_ row: FeedRow, _ needle: String) -> Bool {
        var fields = [row.outTradeNo, row.nickname, row.itemsSummary, row.coupon ?? "", row.status.rawValue, row.channel.rawValue]
        for language in Language.allCases {
            let words = Strings(language)
            fields += [words.orderStatus(row.status), words.channel(row.channel)]
        }
        return fields.contains { $0.lowercased().contains(needle) }
    }
}
