import ArgumentParser
import Foundation
import ShopModel
import ShopStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit log: every change and reveal, who made it and from where.",
        discussion: """
            Newest first. --since takes a day (YYYY-MM-DD, shop time), an RFC 3339 time or Unix seconds.

            Examples:
              shopdash audit --db shop.sqlite --since 2026-11-25
              shopdash audit --db shop.sqlite --target coupon:B1 --json
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions

    @Option(name: .long, help: "Only entries at or after this time.")
    var since: String?

    @Option(name: .long, help: "Only entries for this target (coupon:ID or order:NO).")
    var target: String?

    @Option(name: .long, help: "At most this many entries.")
    var limit = 200

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        try CommandFailure.reporting {
            let calendar = try store.calendar()
            let start = try since.map { try TimeArgument.parse($0, as: .start, calendar: calendar) }
            let shop = try store.open(readOnly: true)
            let entries = try shop.auditLog(since: start, target: target, limit: limit)
            if access.json {
                Console.raw(JSONOut.object([("entries", .array(entries.map(JSONShapes.audit)))]).pretty)
            } else if entries.isEmpty {
                Console.out("no audit entries")
            } else {
                entries.forEach { Console.out(AuditOutput.line($0, calendar: shop.calendar)) }
            }
        }
    }
}
