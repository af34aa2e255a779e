import ArgumentParser
import Foundation
import ShopModel
import ShopStore

struct CouponsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coupons",
        abstract: "List coupon batches and change them (operators only; every change is audited).",
        discussion: """
            Changes follow the Coupons pane's rules: the support role cannot change anything (exit 77 \
            "refused: ..."); a change the batch does not allow (resuming a stopped batch, a quota \
            below what was issued, an end in the past) exits 65 with the reason. Every change is \
            written to the audit log with the OS user and the SSH client, in the same transaction.
            From a terminal a change asks y/N; without a terminal it needs --yes (else exit 2).
            A batch of WeChat Pay or the shop's backend (webhook) changes only when that system \
            confirmed: the command waits up to --timeout seconds and exits 0 when delivered, 75 \
            when still pending (the dashboard, ingest --follow or `coupons outbox --deliver` \
            retries it), 69 when it failed, with the remote reason.

            Examples:
              shopdash coupons list --db shop.sqlite
              shopdash coupons pause B1 --db shop.sqlite --yes
              shopdash coupons create --id B9 --name "满100减20" --kind threshold \\
                --value 20 --min-spend 100 --quota 5000 --ends 2026-12-12 --yes
            """,
        subcommands: [
            CouponsListCommand.self, CouponsShowCommand.self, CouponsPauseCommand.self, CouponsResumeCommand.self,
            CouponsStopCommand.self, CouponsCreateCommand.self, CouponsSetQuotaCommand.self, CouponsSetEndCommand.self,
            CouponsOutboxCommand.self,
        ]
    )
}

struct CouponsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Every batch with issued, redeemed, discount and GMV.",
        discussion: "Example: shopdash coupons list --db shop.sqlite --json")

    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions

    func run() throws {
        try CommandFailure.reporting {
            let now = Int64(Date().timeIntervalSince1970)
            let shop = try store.open(readOnly: true)
            let stats = try shop.couponStats(now: now)
            if access.json {
                Console.raw(JSONOut.object([("now", .int(now)), ("batches", .array(stats.map { CouponOutput.json($0, now: now) }))]).pretty)
            } else {
                CouponOutput.table(stats, now: now, calendar: shop.calendar).forEach(Console.out)
            }
        }
    }
}

struct CouponsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One batch in full, with its audit trail.",
        discussion: "Example: shopdash coupons show B1 --db shop.sqlite")

    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions
    @Argument(help: "The batch id.") var batch: String

    func run() throws {
        try CommandFailure.reporting {
            let now = Int64(Date().timeIntervalSince1970)
            let shop = try store.open(readOnly: true)
            guard let stats = try shop.couponStats(now: now).first(where: { $0.batch.batchId == batch }) else {
                throw CommandFailure("no coupon batch '\(PlainText.clean(batch))'", code: ExitCodes.notFound)
            }
            let audit = try shop.auditLog(target: "coupon:\(batch)", limit: 50)
            let change = try shop.couponChanges(batchId: batch, limit: 1).first
            if access.json {
                guard case .object(var fields) = CouponOutput.json(stats, now: now) else { return }
                fields.append(("last_change", change.map { OutboxOutput.json($0, now: now) } ?? .null))
                fields.append(("audit", .array(audit.map(JSONShapes.audit))))
                Console.raw(JSONOut.object(fields).pretty)
            } else {
                CouponOutput.lines(stats, change: change, audit: audit, now: now, calendar: shop.calendar).forEach(Console.out)
            }
        }
    }
}

/// What every change shares: --yes, the role check before any question, the y/N prompt on a
/// terminal, and the report of what changed.
struct CouponChangeOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions

    @Flag(name: .shortAndLong, help: "Do not ask; required when stdin is not a terminal.")
    var yes = false

    @Option(name: .long, help: "Seconds to wait for WeChat Pay or the webhook to confirm (default 15).")
    var timeout: Double = 15

    func validate() throws {
        guard timeout >= 0 && timeout <= 3_600 else { throw ValidationError("--timeout must be 0 to 3600 seconds") }
    }

    func perform(_ question: String, _ change: (ShopStore, Actor, Int64) throws -> CouponBatchRecord) throws {
        try CommandFailure.reporting {
            let decision = try access.decision(store)
            let actor = ActorIdentity.current(role: decision.role)
            // Refuse before asking anything: a support agent must not be asked to confirm a change they cannot make.
            guard actor.role.canChange else {
                throw CommandFailure("refused: \(decision.refusalReason) cannot change coupons", code: ExitCodes.refused)
            }
            let shop = try store.open()
            if !yes {
                guard Console.stdinIsTerminal else {
                    throw CommandFailure("not changed: \(question) needs --yes when stdin is not a terminal",
                                         code: ExitCodes.notConfirmed)
                }
                guard Console.confirm(question.prefix(1).uppercased() + question.dropFirst() + "?") else {
                    throw CommandFailure("not changed", code: ExitCodes.notConfirmed)
                }
            }
            let now = Int64(Date().timeIntervalSince1970)
            let asked = try change(shop, actor, now)
            let entry = try shop.auditLog(target: "coupon:\(asked.batchId)", limit: 1).first
            // A batch of another system changed nothing yet: wait for that system's answer.
            var outbox: CouponOutboxEntry?
            if asked.system != .local, let pending = try shop.couponChanges(batchId: asked.batchId, limit: 1).first,
               pending.createdAt >= now {
                outbox = try CouponWait.deliver(pending, store: shop, settings: store.settings(), timeout: timeout)
            }
            let after = try shop.couponStats(now: now).first { $0.batch.batchId == asked.batchId }?.batch ?? asked
            if access.json {
                Console.raw(JSONOut.object([
                    ("batch", .object(JSONShapes.couponBatch(after))),
                    ("change", outbox.map { OutboxOutput.json($0, now: Int64(Date().timeIntervalSince1970)) } ?? .null),
                    ("audit", entry.map(JSONShapes.audit) ?? .null),
                ]).pretty)
            } else {
                switch outbox?.state {
                case nil, .delivered?: Console.out("done: \(question)" + (outbox.map { " (confirmed by \(CouponOutput.systemName($0.system)))" } ?? ""))
                case .pending?: Console.out("sent, not yet confirmed: \(question)")
                case .failed?: Console.out("not changed: \(question)")
                }
                if let entry { Console.out(AuditOutput.line(entry, calendar: shop.calendar)) }
            }
            if let outbox { try CouponWait.exitStatus(outbox) }
        }
    }
}

struct CouponsPauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Pause a running batch: no more coupons are issued.",
        discussion: "Example: shopdash coupons pause B1 --db shop.sqlite --yes")
    @OptionGroup var change: CouponChangeOptions
    @Argument(help: "The batch id.") var batch: String
    func run() throws {
        try change.perform("pause coupon batch \(batch)") { try $0.pauseCoupon(batch, by: $1, now: $2) }
    }
}

struct CouponsResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Resume a paused batch.",
        discussion: "Example: shopdash coupons resume B1 --db shop.sqlite --yes")
    @OptionGroup var change: CouponChangeOptions
    @Argument(help: "The batch id.") var batch: String
    func run() throws {
        try change.perform("resume coupon batch \(batch)") { try $0.resumeCoupon(batch, by: $1, now: $2) }
    }
}

struct CouponsStopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop", abstract: "Stop a batch for good (it cannot be resumed).",
        discussion: "Example: shopdash coupons stop B1 --db shop.sqlite --yes")
    @OptionGroup var change: CouponChangeOptions
    @Argument(help: "The batch id.") var batch: String
    func run() throws {
        try change.perform("stop coupon batch \(batch) for good") { try $0.stopCoupon(batch, by: $1, now: $2) }
    }
}

struct CouponsSetQuotaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-quota", abstract: "Change how many coupons a batch may issue (not below those issued).",
        discussion: "Example: shopdash coupons set-quota B1 8000 --db shop.sqlite --yes")
    @OptionGroup var change: CouponChangeOptions
    @Argument(help: "The batch id.") var batch: String
    @Argument(help: "The new quota.") var quota: Int
    func run() throws {
        try change.perform("set the quota of coupon batch \(batch) to \(quota)") {
            try $0.setCouponQuota(batch, quota: quota, by: $1, now: $2)
        }
    }
}

struct CouponsSetEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-end", abstract: "Move a batch's end (a day runs through its last second).",
        discussion: "Example: shopdash coupons set-end B1 2026-12-12 --db shop.sqlite --yes")
    @OptionGroup var change: CouponChangeOptions
    @Argument(help: "The batch id.") var batch: String
    @Argument(help: "New end: YYYY-MM-DD (through that day, shop time) or RFC 3339.") var end: String
    func run() throws {
        let calendar = try change.store.calendar()
        let endsAt: Int64
        do { endsAt = try TimeArgument.parse(end, as: .end, calendar: calendar) } catch let f as CommandFailure { throw CommandFailure.exit(f) }
        try change.perform("end coupon batch \(batch) at \(calendar.stamp(endsAt))") {
            try $0.setCouponEnd(batch, endsAt: endsAt, by: $1, now: $2)
        }
    }
}

struct CouponsCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a coupon batch.",
        discussion: """
            Kinds: fixed (--value yuan off), percent (--percent-off 1-99), threshold (满减: --value off \
            once the order reaches --min-spend).

            Example:
              shopdash coupons create --id B9 --name "满100减20" --kind threshold \\
                --value 20 --min-spend 100 --quota 5000 --ends 2026-12-12 \\
                --db shop.sqlite --yes
              shopdash coupons create --id W9 --name "满99减15" --kind threshold \\
                --value 15 --min-spend 99 --quota 1000 --ends 2026-12-12 \\
                --system wechatpay --yes
            """)

    @OptionGroup var change: CouponChangeOptions
    @Option(name: .long, help: "Batch id (unique).") var id: String
    @Option(name: .long, help: "Name shown to customers.") var name: String
    @Option(name: .long, help: "fixed, percent or threshold.", completion: .list(CouponKind.allCases.map(\.rawValue)))
    var kind: String
    @Option(name: .long, help: "Amount off in yuan (fixed, threshold).") var value: String?
    @Option(name: .customLong("percent-off"), help: "Percent off (percent).") var percentOff: Int?
    @Option(name: .customLong("min-spend"), help: "Minimum spend in yuan.") var minSpend: String?
    @Option(name: .long, help: "How many coupons may be issued.") var quota: Int
    @Option(name: .long, help: "Start (default: now).") var starts: String?
    @Option(name: .long, help: "End: YYYY-MM-DD (through that day) or RFC 3339.") var ends: String
    @Flag(name: .long, help: "Create it paused.") var paused = false
    @Option(name: .long, help: "Where the batch lives: local, wechatpay or webhook (default local).",
            completion: .list(CouponSystem.allCases.map(\.rawValue)))
    var system: String = CouponSystem.local.rawValue
    @Option(name: .customLong("remote-id"), help: "Its id in that system when it exists there already (a WeChat Pay stock id).")
    var remoteId: String?

    func validate() throws {
        guard CouponKind(rawValue: kind) != nil else { throw ValidationError("unknown kind '\(kind)': use fixed, percent or threshold") }
        guard CouponSystem(rawValue: system) != nil else { throw ValidationError("unknown system '\(system)': use local, wechatpay or webhook") }
        if let value, Money(yuan: value) == nil { throw ValidationError("--value '\(value)' is not an amount in yuan (e.g. 20 or 19.90)") }
        if let minSpend, Money(yuan: minSpend) == nil { throw ValidationError("--min-spend '\(minSpend)' is not an amount in yuan") }
    }

    func run() throws {
        let now = Int64(Date().timeIntervalSince1970)
        let record: CouponBatchRecord
        do {
            let calendar = try change.store.calendar()
            record = CouponBatchRecord(
                batchId: id, name: name, kind: CouponKind(rawValue: kind) ?? .fixed,
                value: value.flatMap { Money(yuan: $0) } ?? .zero, percentOff: percentOff,
                minSpend: minSpend.flatMap { Money(yuan: $0) } ?? .zero, quota: quota,
                status: paused ? .paused : .running,
                startsAt: try starts.map { try TimeArgument.parse($0, as: .start, calendar: calendar) } ?? now,
                endsAt: try TimeArgument.parse(ends, as: .end, calendar: calendar),
                system: CouponSystem(rawValue: system) ?? .local, remoteId: remoteId)
        } catch let f as CommandFailure {
            throw CommandFailure.exit(f)
        }
        try change.perform("create coupon batch \(id) (\(name))") { try $0.createCouponBatch(record, by: $1, now: $2) }
    }
}
