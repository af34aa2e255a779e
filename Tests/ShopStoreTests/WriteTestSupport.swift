import Foundation
import GRDB
import ShopModel
@testable import ShopStore

/// A fresh store in its own temporary directory, removed when the test is done with it.
final class TempStore {
    let dir: URL
    let store: ShopStore
    var path: String { store.path }

    init(zone: String = "Asia/Shanghai") throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("shopdash-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try ShopStore(path: dir.appendingPathComponent("shop.sqlite").path,
                              calendar: ShopCalendar(identifier: zone)!)
    }

    deinit { try? FileManager.default.removeItem(at: dir) }

    func apply(_ events: ShopEvent...) throws -> [ApplyResult] { try store.apply(events) }

    func int(_ sql: String, _ arguments: StatementArguments = []) throws -> Int64? {
        try store.pool.read { db in try Int64.fetchOne(db, sql: sql, arguments: arguments) }
    }

    func string(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try store.pool.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }
    }

    func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [[DatabaseValue]] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { Array($0.databaseValues) }
        }
    }
}

/// Shop-time instants for readable tests: 2026-11-25 is day "D", times in Asia/Shanghai.
enum T {
    static let cal = ShopCalendar.shanghai
    static func at(_ day: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
        cal.time(year: 2026, month: 11, day: day, hour: hour, minute: minute, second: second)!
    }
}

func order(_ no: String, paidAt: Int64? = T.at(25, 10), createdAt: Int64? = nil, paid: Int64 = 12_800,
           channel: Channel = .liveStream, customer: String? = "c1", phone: String? = "13812345678",
           items: [OrderItem] = [OrderItem(sku: "s1", name: "小米手环8", qty: 2, unit: Money(fen: 6_400))]) -> ShopEvent {
    .order(OrderRecord(outTradeNo: no, customer: customer, nickname: "小明", phone: phone, city: "上海",
                       createdAt: createdAt ?? (paidAt ?? T.at(25, 10)) - 30, paidAt: paidAt,
                       status: paidAt == nil ? .created : .paid, total: Money(fen: paid), paid: Money(fen: paid),
                       channel: channel, items: items))
}

func visit(_ id: String, _ visitor: String, _ at: Int64, pages: Int = 3, seconds: Int = 60) -> ShopEvent {
    .visit(VisitRecord(id: id, visitor: visitor, startedAt: at, durationSeconds: seconds, pages: pages, channel: .share))
}
