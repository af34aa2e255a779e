import ArgumentParser
import Foundation
import ShopModel
import ShopStore

struct CouponsOutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: "Changes on their way to WeChat Pay or the shop's backend, and how each ended.",
        discussion: """
            Each change of a WeChat Pay or webhook batch waits here as pending until its system \
            confirms it (delivered) or refuses it (failed, with the reason). --deliver runs one \
            sender pass first, with the [wechatpay] and [webhook] settings of config.toml.

            Examples:
              shopdash coupons outbox --db shop.sqlite
              shopdash coupons outbox --deliver --state pending
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions
    @Flag(name: .long, help: "Deliver the changes that are due before listing.") var deliver = false
    @Option(name: .long, help: "Only this batch.") var batch: String?
    @Option(name: .long, help: "Only pending, delivered or failed.", completion: .list(CouponDeliveryState.allCases.map(\.rawValue)))
    var state: String?
    @Option(name: .long, help: "At most this many changes (default 50).") var limit = 50

    func validate() throws {
        if let state, CouponDeliveryState(rawValue: state) == nil {
            throw ValidationError("unknown state '\(state)': use pending, delivered or failed")
        }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        try CommandFailure.reporting {
            let settings = try store.settings()
            if deliver {
                let decision = try access.decision(store)
                guard decision.role.canChange else {
                    throw CommandFailure("refused: \(decision.refusalReason) cannot deliver coupon changes", code: ExitCodes.refused)
                }
                let shop = try store.open()
                let (courier, problems) = settings.courier(for: shop)
                problems.forEach { Console.err("shopdash: " + $0) }
                let done = try Blocking.run { try await courier.deliverDue(now: Int64(Date().timeIntervalSince1970)) }
                Console.err("shopdash: \(done.count) change(s) tried")
            }
            let shop = try store.open(readOnly: true)
            let now = Int64(Date().timeIntervalSince1970)
            let entries = try shop.couponChanges(batchId: batch, state: state.flatMap(CouponDeliveryState.init(rawValue:)), limit: limit)
            if access.json {
                Console.raw(JSONOut.object([("now", .int(now)), ("changes", .array(entries.map { OutboxOutput.json($0, now: now) }))]).pretty)
            } else if entries.isEmpty {
                Console.out("no coupon changes" + (batch.map { " for batch \(PlainText.clean($0))" } ?? ""))
            } else {
                OutboxOutput.table(entries, now: now).forEach(Console.out)
            }
        }
    }
}
