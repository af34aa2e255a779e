import GRDB
import ShopModel

extension ShopStore {
    /// Orders matching `query`, newest first, phones masked, with how many match in all (counted
    /// up to `OrderMatches.countLimit`). An exact order no or WeChat Pay transaction id finds just
    /// that order; a 4-digit query finds the orders whose phone ends so; seven or more digits match
    /// phone numbers; any text matches nickname and product name substrings (letters ignore case).
    /// Every path reads an index: three characters and more the trigram index, one or two letters
    /// or digits the character index; other short text (punctuation, emoji) scans the newest
    /// orders. An empty query lists the newest orders.
    /// `from`/`to` bound the creation time ([from, to)).
    /// Without `matchesFullPhone` (the support role) a full number is not matched against phones:
    /// guessing numbers one search at a time would confirm the phones that masking hides.
    public func findOrders(_ query: String, from: Int64? = nil, to: Int64? = nil, status: OrderStatus? = nil,
                           limit: Int, matchesFullPhone: Bool = true) throws -> OrderMatches {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        var filters: [String] = []
        var filterArgs: StatementArguments = []
        if let from { filters.append("o.created_at >= ?"); filterArgs += [from] }
        if let to { filters.append("o.created_at < ?"); filterArgs += [to] }
        if let status { filters.append("o.status = ?"); filterArgs += [status.rawValue] }
        let filterSQL = filters.map { " AND " + $0 }.joined()
        return try pool.read { db in
            let search = OrderSearch(db: db, filterSQL: filterSQL, filterArgs: filterArgs, limit: limit)
            if text.isEmpty { return try search.run("1", []) }
            let exact = try search.run("""
                o.seq IN (SELECT seq FROM orders WHERE out_trade_no = ? UNION SELECT seq FROM orders WHERE transaction_id = ?)
                """, [text, text])
            if !exact.orders.isEmpty { return exact }
            // Four digits are almost always the tail of a phone number: answer that from its index
            // and look in names only when no phone ends that way.
            let digits = text.allSatisfy { $0.isASCII && $0.isNumber }
            if digits && text.count == 4 {
                let byTail = try search.run("o.phone_tail = ?", [text])
                if !byTail.orders.isEmpty { return byTail }
            }
            if OrderSearchIndex.canMatch(text), try db.tableExists(OrderSearchIndex.table) {
                let byPhone = digits && text.count >= 7 && matchesFullPhone
                let columns = byPhone ? ["nickname", "items", "phone"] : ["nickname", "items"]
                return try search.indexed("order_search", OrderSearchIndex.phrase(text, columns: columns))
            }
            if !OrderSearchIndex.canMatch(text), OrderCharIndex.canMatch(text), try db.tableExists(OrderCharIndex.table) {
                return try search.indexed(OrderCharIndex.table, OrderCharIndex.phrase(text))
            }
            return try search.scanning(text, phone: digits && text.count >= 7 && matchesFullPhone)
        }
    }

    static func orderSummary(_ row: Row) -> OrderSummary {
        OrderSummary(outTradeNo: row[0], transactionId: row[1], createdAt: row[2], nickname: row[3],
                     phone: (row[4] as String?).map(Masking.phone), itemsSummary: row[5], amount: Money(fen: row[6]),
                     status: QuerySupport.orderStatus(row[7]), channel: QuerySupport.channel(row[8]))
    }
}

/// One search's filters and limit, applied the same way to each way of matching.
struct OrderSearch {
    let db: Database
    let filterSQL: String
    let filterArgs: StatementArguments
    let limit: Int
    /// Up to this many matches are sorted newest first; more are found by walking the orders
    /// from the newest until `limit` of them match, which stops early when matches are common.
    var sortedUpTo = 2_000

    /// Orders whose seq a full-text `table` matches with `query`. The matches are counted first
    /// (up to the cap, from the index) to pick the cheaper way of finding the newest of them.
    func indexed(_ table: String, _ query: String) throws -> OrderMatches {
        let match = "o.seq IN (SELECT rowid FROM \(table) WHERE \(table) MATCH ?)"
        let counted = try count(match, [query])
        // The unary + keeps SQLite from looking the matches up by seq, so that it walks the
        // created_at index instead and stops at the limit.
        let orders = try newest(counted > sortedUpTo ? "+" + match : match, [query])
        return OrderMatches(orders: orders, total: min(counted, OrderMatches.countLimit),
                            moreThanTotal: counted > OrderMatches.countLimit)
    }

    private func newest(_ matchSQL: String, _ args: StatementArguments) throws -> [OrderSummary] {
        try Row.fetchAll(db, sql: """
            SELECT o.out_trade_no, o.transaction_id, o.created_at, o.nickname, o.phone, o.items_summary,
                   o.paid_fen, o.status, o.channel
            FROM orders o WHERE \(matchSQL)\(filterSQL)
            ORDER BY o.created_at DESC, o.seq DESC LIMIT ?
            """, arguments: args + filterArgs + [limit]).map(ShopStore.orderSummary)
    }

    /// Matches up to one past the count cap.
    private func count(_ matchSQL: String, _ args: StatementArguments) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM orders o WHERE \(matchSQL)\(filterSQL) LIMIT ?)
            """, arguments: args + filterArgs + [OrderMatches.countLimit + 1]) ?? 0
    }

    /// The newest `limit` orders where `matchSQL` holds, and a count that stops past the cap.
    func run(_ matchSQL: String, _ args: StatementArguments) throws -> OrderMatches {
        let orders = try newest(matchSQL, args)
        // Fewer than asked for: they are all there is, and no count is needed.
        guard orders.count == limit else { return OrderMatches(orders: orders, total: orders.count) }
        let counted = try count(matchSQL, args)
        return OrderMatches(orders: orders, total: min(counted, OrderMatches.countLimit),
                            moreThanTotal: counted > OrderMatches.countLimit)
    }

    /// Text the index cannot hold (one or two characters, or a store opened read-only before the
    /// index existed): the newest orders are read until `limit` match, and the count is not
    /// taken, because counting a rare match would read the whole table.
    func scanning(_ text: String, phone: Bool) throws -> OrderMatches {
        let pattern = QuerySupport.likePattern(containing: text)
        var match = """
            (o.nickname LIKE ? ESCAPE '\\'
             OR EXISTS (SELECT 1 FROM order_items i WHERE i.out_trade_no = o.out_trade_no AND i.name LIKE ? ESCAPE '\\')
            """
        var args: StatementArguments = [pattern, pattern]
        if phone { match += " OR o.phone LIKE ? ESCAPE '\\'"; args += [pattern] }
        match += ")"
        return try run(match, args)
    }
}
