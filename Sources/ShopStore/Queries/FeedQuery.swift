import GRDB
import ShopModel

extension ShopStore {
    /// Orders that arrived after the cursor `seq`, oldest first: the live feed's increment.
    public func feed(after seq: Int64, limit: Int) throws -> [FeedRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.feedColumns) FROM orders WHERE seq > ? ORDER BY seq LIMIT ?",
                             arguments: [seq, limit]).map(Self.feedRow)
        }
    }

    /// The newest `limit` orders, oldest first: where the live feed starts.
    public func latestFeed(limit: Int) throws -> [FeedRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.feedColumns) FROM orders ORDER BY seq DESC LIMIT ?",
                             arguments: [limit]).map(Self.feedRow).reversed()
        }
    }

    static let feedColumns = """
        seq, out_trade_no, created_at, paid_at, coalesce(nickname, customer, ''), items_summary, paid_fen, channel, coupon, status
        """

    static func feedRow(_ row: Row) -> FeedRow {
        FeedRow(seq: row[0], outTradeNo: row[1], createdAt: row[2], paidAt: row[3], nickname: row[4],
                itemsSummary: row[5], amount: Money(fen: row[6]), channel: QuerySupport.channel(row[7]),
                coupon: row[8], status: QuerySupport.orderStatus(row[9]))
    }
}
