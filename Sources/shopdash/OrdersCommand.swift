import ArgumentParser
import Foundation
import ShopModel
import ShopStore

struct OrdersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "Look up orders: one in full, or search by phone tail, nickname or product.",
        discussion: """
            Examples:
              shopdash orders find 5678 --db shop.sqlite
              shopdash orders show T202611250001 --db shop.sqlite --json
            """,
        subcommands: [OrdersShowCommand.self, OrdersFindCommand.self]
    )
}

struct OrdersShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "The whole order: items, payment, coupon, refunds, logistics trail, audit.",
        discussion: """
            Phone and address are masked unless --reveal is given. Only the operator role may reveal, \
            and every reveal is written to the audit log with the OS user and SSH client. Support \
            asking to reveal is refused (exit 77). An unknown order exits 1.

            Examples:
              shopdash orders show T202611250001 --db shop.sqlite
              shopdash orders show 4200001234202611250001 --reveal --db shop.sqlite
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions

    @Argument(help: "Merchant order no (out_trade_no) or WeChat Pay transaction id.")
    var number: String

    @Flag(name: .long, help: "Show phone and address in clear (operator only; audited).")
    var reveal = false

    func run() throws {
        try CommandFailure.reporting {
            let now = Int64(Date().timeIntervalSince1970)
            // A plain look-up never needs write access; a reveal does, for its audit row.
            let actor = try access.actor(store)
            let shop = try store.open(readOnly: !(reveal && actor.role.canChange))
            guard let detail = try shop.orderDetail(number, reveal: reveal ? actor : nil, now: now) else {
                throw CommandFailure("no order with number or transaction id '\(PlainText.clean(number))'",
                                     code: ExitCodes.notFound)
            }
            if access.json {
                Console.raw(OrderOutput.json(detail).pretty)
            } else {
                OrderOutput.lines(detail, calendar: shop.calendar).forEach(Console.out)
            }
        }
    }
}

struct OrdersFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Search orders, newest first.",
        discussion: """
            QUERY is an order no or transaction id, the last 4 digits of a phone, a full phone \
            number, or part of a nickname or product name (Chinese works: 小王, 羊绒). Phones are masked.
            --from/--to take a day in the shop's time zone (YYYY-MM-DD; --to includes that day) or an \
            RFC 3339 time. No match exits 1.

            Examples:
              shopdash orders find 5678 --db shop.sqlite
              shopdash orders find 围巾 --from 2026-11-01 --to 2026-11-25 \\
                --status paid --json
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions

    @Argument(help: "What to look for.")
    var query: String

    @Option(name: .long, help: "Created at or after (YYYY-MM-DD or RFC 3339).")
    var from: String?

    @Option(name: .long, help: "Created before the end of this day, or before this RFC 3339 time.")
    var to: String?

    @Option(name: .long, help: "Only orders in this status (\(OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))).",
            completion: .list(OrderStatus.allCases.map(\.rawValue)))
    var status: String?

    @Option(name: .long, help: "At most this many orders.")
    var limit = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
        if let status, OrderStatus(rawValue: status) == nil {
            throw ValidationError("unknown status '\(status)': use one of \(OrderStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            let calendar = try store.calendar()
            let start = try from.map { try TimeArgument.parse($0, as: .start, calendar: calendar) }
            let end = try to.map { try TimeArgument.parse($0, as: .end, calendar: calendar) }
            let decision = try access.decision(store)
            if FullPhoneQuery.matches(query) && !decision.role.canChange {
                throw CommandFailure("refused: \(decision.refusalReason) may search by the last 4 digits of a phone, "
                                     + "not by a full number, which would confirm a masked phone", code: ExitCodes.refused)
            }
            let shop = try store.open(readOnly: true)
            let matches = try shop.findOrders(query, from: start, to: end, status: status.flatMap(OrderStatus.init(rawValue:)),
                                              limit: limit, matchesFullPhone: decision.role.canChange)
            let found = matches.orders
            if access.json {
                Console.raw(JSONOut.object([
                    ("query", .string(query)),
                    ("count", .int(found.count)),
                    ("total", .int(matches.total)),
                    ("total_is_at_least", .bool(matches.moreThanTotal)),
                    ("orders", .array(found.map(OrderOutput.json))),
                ]).pretty)
            } else if !found.isEmpty {
                OrderOutput.table(found, calendar: shop.calendar).forEach(Console.out)
                if !matches.isComplete { Console.out(OrderOutput.capped(matches)) }
            }
            if found.isEmpty {
                throw CommandFailure("no orders match '\(PlainText.clean(query))'", code: ExitCodes.notFound)
            }
        }
    }
}
