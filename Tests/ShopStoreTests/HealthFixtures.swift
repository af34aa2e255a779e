import Foundation
import GRDB
@testable import ShopStore
import ShopModel

/// A store in a temporary directory filled row by row, so each health figure has a hand-counted
/// expected value. Rows go straight into the tables the checks read.
struct HealthFixture {
    /// 2026-11-25 14:00:30 in Shanghai.
    static let now: Int64 = 1_795_536_000 + 14 * 3_600 + 30
    static let minute: Int64 = 60
    static let hour: Int64 = 3_600
    static let week: Int64 = 7 * 86_400

    let dir: URL
    let store: ShopStore
    private var nextOrder = 0

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("health-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try ShopStore(path: dir.appendingPathComponent("shop.sqlite").path)
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }

    func sql(_ text: String, _ arguments: StatementArguments = []) throws {
        try store.pool.write { db in try db.execute(sql: text, arguments: arguments) }
    }

    func paidInMinute(_ minute: Int64, _ count: Int, channel: Channel = .liveStream) throws {
        try sql("INSERT INTO rollup_minute (minute, channel, paid_orders, gmv_fen) VALUES (?, ?, ?, ?)",
                [minute, channel.rawValue, count, count * 9_900])
    }

    mutating func order(createdAt: Int64, status: OrderStatus, paidAt: Int64? = nil) throws {
        nextOrder += 1
        try sql("""
            INSERT INTO orders (out_trade_no, created_at, paid_at, status, status_at, total_fen, paid_fen, channel)
            VALUES (?, ?, ?, ?, ?, 9900, 9900, 'share')
            """, ["T\(nextOrder)", createdAt, paidAt, status.rawValue, paidAt ?? createdAt])
    }

    func refund(_ no: String, requestedAt: Int64) throws {
        try sql("""
            INSERT INTO refunds (refund_no, out_trade_no, amount_fen, status, requested_at)
            VALUES (?, 'T1', 100, 'requested', ?)
            """, [no, requestedAt])
    }

    func batch(_ id: String, status: CouponStatus = .running, quota: Int, issued: Int,
               startsAt: Int64 = now - week, endsAt: Int64 = now + week) throws {
        try sql("""
            INSERT INTO coupon_batches (batch_id, name, kind, value_fen, quota, status, starts_at, ends_at)
            VALUES (?, ?, 'fixed', 500, ?, ?, ?, ?)
            """, [id, "券\(id)", quota, status.rawValue, startsAt, endsAt])
        for i in 0..<issued {
            try sql("INSERT INTO coupons_issued (coupon_id, batch_id, customer, at) VALUES (?, ?, 'c', ?)",
                    ["\(id)-\(i)", id, Self.now - Self.hour])
        }
    }

    func visit(_ id: String, at: Int64) throws {
        try sql("""
            INSERT INTO visits (id, visitor, started_at, day, duration_s, pages, channel)
            VALUES (?, 'v', ?, 0, 30, 2, 'share')
            """, [id, at])
    }
}
