import GRDB
import ShopModel

extension ShopStore {
    /// Orders matching `query`, newest first, phones masked. An exact order no or WeChat Pay
    /// transaction id finds just that order; a 4-digit query finds the orders whose phone ends
    /// so; otherwise a full number matches phones, and any text matches nickname and product name substrings
    /// (LIKE: ASCII letters ignore case, Chinese and other text must match exactly). An empty
    /// query lists the newest orders. `from`/`to` bound the creation time ([from, to)).
    /// Without `matchesFullPhone` (the support role) a full number is not matched against phones:
    /// guessing numbers one search at a time would confirm the phones that masking hides.
    public func findOrders(_ query: String, from: Int64? = nil, to: Int64? = nil, status: OrderStatus? = nil,
                           limit: Int, matchesFullPhone: Bool = true) throws -> [OrderSummary] {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        var filters: [String] = []
        var filterArgs: StatementArguments = []
        if let from { filters.append("o.created_at >= ?"); filterArgs += [from] }
        if let to { filters.append("o.created_at < ?"); filterArgs += [to] }
        if let status { filters.append("o.status = ?"); filterArgs += [status.rawValue] }
        let filterSQL = filters.map { " AND " + $0 }.joined()
        return try pool.read { db in
            func fetch(_ matchSQL: String, _ args: StatementArguments) throws -> [OrderSummary] {
                try Row.fetchAll(db, sql: """
                    SELECT o.out_trade_no, o.transaction_id, o.created_at, o.nickname, o.phone, o.items_summary,
                           o.paid_fen, o.status, o.channel
                    FROM orders o WHERE \(matchSQL)\(filterSQL)
                    ORDER BY o.created_at DESC, o.seq DESC LIMIT ?
                    """, arguments: args + filterArgs + [limit]).map(Self.orderSummary)
            }
            if text.isEmpty { return try fetch("1", []) }
            let exact = try fetch("o.seq IN (SELECT seq FROM orders WHERE out_trade_no = ? UNION SELECT seq FROM orders WHERE transaction_id = ?)",
                                  [text, text])
            if !exact.isEmpty { return exact }
            // Four digits are almost always the tail of a phone number: answer that from its index
            // and scan names only when no phone ends that way.
            let digits = text.allSatisfy { $0.isASCII && $0.isNumber }
            if digits && text.count == 4 {
                let byTail = try fetch("o.phone_tail = ?", [text])
                if !byTail.isEmpty { return byTail }
            }
            var parts: [String] = []
            var args: StatementArguments = []
            if digits && text.count >= 7 && matchesFullPhone { parts.append("SELECT seq FROM orders WHERE phone = ?"); args += [text] }
            let pattern = QuerySupport.likePattern(containing: text)
            parts.append("SELECT seq FROM orders WHERE nickname LIKE ? ESCAPE '\\'")
            parts.append("""
                SELECT o2.seq FROM order_items i JOIN orders o2 ON o2.out_trade_no = i.out_trade_no
                WHERE i.name LIKE ? ESCAPE '\\'
                """)
            args += [pattern, pattern]
            return try fetch("o.seq IN (\(parts.joined(separator: " UNION ")))", args)
        }
    }

    static func orderSummary(_ row: Row) -> OrderSummary {
        OrderSummary(outTradeNo: row[0], transactionId: row[1], createdAt: row[2], nickname: row[3],
                     phone: (row[4] as String?).map(Masking.phone), itemsSummary: row[5], amount: Money(fen: row[6]),
                     status: QuerySupport.orderStatus(row[7]), channel: QuerySupport.channel(row[8]))
    }
}
