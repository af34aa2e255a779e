import GRDB
import ShopModel

extension ShopStore {
    /// Orders placed or changed after the feed cursor `seq`, each once and as it is now, in the
    /// order of their latest change: the live feed's increment. See `FeedCursor`.
    public func feed(after seq: Int64, limit: Int) throws -> [FeedRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.feedColumns) FROM orders WHERE feed_seq > ? ORDER BY feed_seq LIMIT ?",
                             arguments: [seq, limit]).map(Self.feedRow)
        }
    }

    /// The newest `limit` orders by when they were placed, oldest first and as they are now:
    /// where the live feed starts.
    public func latestFeed(limit: Int) throws -> [FeedRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.feedColumns) FROM orders ORDER BY seq DESC LIMIT ?",
                             arguments: [limit]).map(Self.feedRow).reversed()
        }
    }

    /// The feed cursor of the latest change in the store. A feed that starts from `latestFeed`
    /// continues after this, not after the largest cursor among those rows: an older order may
    /// have changed since the newest was placed, and that change is already in the store's past.
    /// Read it before `latestFeed`, so a change between the two reads is sent again, not missed.
    public func feedHead() throws -> Int64 {
        try pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT coalesce(max(feed_seq), 0) FROM orders") ?? 0
        }
    }

    static let feedColumns = """
        feed_seq, out_trade_no, created_at, paid_at, coalesce(nickname, customer, ''), items_summary, paid_fen, channel,
        coupon, status, seq
        """

    static func feedRow(_ row: Row) -> FeedRow {
        FeedRow(seq: row[0], outTradeNo: row[1], createdAt: row[2], paidAt: row[3], nickname: row[4],
                itemsSummary: row[5], amount: Money(fen: row[6]), channel: QuerySupport.channel(row[7]),
                coupon: row[8], status: QuerySupport.orderStatus(row[9]), orderSeq: row[10])
    }
}
