import GRDB
import ShopModel

/// What the store holds for an order or a refund, to set beside the bill's figures.
public struct StoredAmounts: Sendable, Equatable {
    public var total: Money
    public var paid: Money
    public init(total: Money, paid: Money) { self.total = total; self.paid = paid }
}

extension ShopStore {
    /// Total and paid amount of each order number that is in the store.
    public func storedOrderAmounts(_ outTradeNos: [String]) throws -> [String: StoredAmounts] {
        try lookUp(outTradeNos, sql: "SELECT out_trade_no, total_fen, paid_fen FROM orders WHERE out_trade_no IN") { row in
            (row[0], StoredAmounts(total: Money(fen: row[1]), paid: Money(fen: row[2])))
        }
    }

    /// The amount of each merchant refund number that is in the store.
    public func storedRefundAmounts(_ refundNos: [String]) throws -> [String: Money] {
        try lookUp(refundNos, sql: "SELECT refund_no, amount_fen FROM refunds WHERE refund_no IN") { row in
            (row[0], Money(fen: row[1]))
        }
    }

    /// Runs `sql (?, ?, ...)` over the keys in chunks that stay below SQLite's parameter limit.
    private func lookUp<Value>(_ keys: [String], sql: String,
                               _ decode: @escaping (Row) -> (String, Value)) throws -> [String: Value] {
        let unique = Array(Set(keys))
        return try pool.read { db in
            var found: [String: Value] = [:]
            var start = 0
            while start < unique.count {
                let chunk = Array(unique[start..<min(start + 500, unique.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "\(sql) (\(marks))", arguments: StatementArguments(chunk)) {
                    let (key, value) = decode(row)
                    found[key] = value
                }
                start += chunk.count
            }
            return found
        }
    }
}
