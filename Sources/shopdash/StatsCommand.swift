import ArgumentParser
import Foundation
import ShopModel
import ShopStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts and totals in the store.",
        discussion: """
            Paid orders and GMV count every order that was paid, whatever happened to it later \
            (GMV is before refunds). Refunds count the refunds that succeeded.
            --json prints one object with the keys orders, paid_orders, gmv_fen, customers, visits, \
            coupon_batches, coupons_issued, redemptions, refunds, refund_fen, shipments and \
            newest_event_at (Unix seconds, null for an empty store).
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        try CommandFailure.reporting {
            let shop = try store.open(readOnly: true)
            let stats = try shop.stats()
            print(json ? StatsFormat.json(stats) : StatsFormat.text(stats, calendar: shop.calendar))
        }
    }
}

enum StatsFormat {
    /// Keys in a fixed order, money as integer fen, so that scripts and diffs see stable output.
    static func json(_ s: StoreStats) -> String {
        let fields: [(String, String)] = [
            ("orders", "\(s.orders)"), ("paid_orders", "\(s.paidOrders)"), ("gmv_fen", "\(s.gmv.fen)"),
            ("customers", "\(s.customers)"), ("visits", "\(s.visits)"), ("coupon_batches", "\(s.couponBatches)"),
            ("coupons_issued", "\(s.couponsIssued)"), ("redemptions", "\(s.redemptions)"),
            ("refunds", "\(s.refunds)"), ("refund_fen", "\(s.refundAmount.fen)"), ("shipments", "\(s.shipments)"),
            ("newest_event_at", s.newestEventAt.map { "\($0)" } ?? "null"),
        ]
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func text(_ s: StoreStats, calendar: ShopCalendar) -> String {
        let newest = s.newestEventAt.map {
            "\(calendar.dayLabel($0)) \(calendar.timeLabel($0, seconds: true)) (\(calendar.timeZone.identifier))"
        } ?? "none"
        let rows: [(String, String)] = [
            ("orders", count(s.orders)),
            ("paid orders", count(s.paidOrders)),
            ("GMV", s.gmv.display),
            ("customers", count(s.customers)),
            ("visits", count(s.visits)),
            ("coupon batches", count(s.couponBatches)),
            ("coupons issued", count(s.couponsIssued)),
            ("redemptions", count(s.redemptions)),
            ("refunds", "\(count(s.refunds)) (\(s.refundAmount.display))"),
            ("shipments", count(s.shipments)),
            ("newest event", newest),
        ]
        return rows.map { $0.0.padding(toLength: 16, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
    }

    /// "1,234,567": thousands grouped as the money amounts beside it are.
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }
}
