import ArgumentParser
import Foundation
import ShopModel
import ShopStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Is the shop selling? Health checks for monitoring, with plugin exit codes.",
        discussion: """
            Prints one line per check, worst first: `OK|WARN|CRIT|UNKNOWN name: value (thresholds)`, \
            with performance data after ` | ` on the first line. Exits 0 (OK), 1 (WARN), 2 (CRIT) or \
            3 (UNKNOWN, also when the store cannot be read or the configuration is wrong): the \
            Nagios/Icinga plugin convention, so it drops into any monitoring system.

            Checks: orders_drop (paid orders vs the same window a week ago), payment_failures (orders \
            closed unpaid), refund_spike, overdue_shipments, ingest_lag (age of the newest event), \
            coupon_quota (running batches near their quota), integrity (SQLite quick_check); with \
            --deep also rollups (the stored rollups of the last --days shop days recomputed from the \
            raw tables: any row that differs is CRIT and is named with its columns).

            quick_check reads the whole file, so its result is remembered in the store and reused \
            while younger than --integrity-max-age minutes (default 60; 0 runs it every time). A \
            user who may not write the store gets a fresh quick_check on every run.

            Thresholds come from --config, else $XDG_CONFIG_HOME/shopdash/check.toml, else the [check] \
            table of $XDG_CONFIG_HOME/shopdash/config.toml; see docs/cli.md. Options override the file.

            Examples:
              shopdash check --db /srv/shop.sqlite
              shopdash check --db shop.sqlite --warn-ingest-lag 300 \\
                --crit-ingest-lag 900 --json
              shopdash check --db /srv/shop.sqlite --deep --days 30
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var access: AccessOptions

    @Option(name: .long, help: "Thresholds file (TOML).", completion: .file(extensions: ["toml"]))
    var config: String?

    @Option(name: .customLong("warn-orders-drop"), help: "Percent fewer paid orders than a week ago that warns.")
    var warnOrdersDrop: Double?
    @Option(name: .customLong("crit-orders-drop"), help: "... that is critical.")
    var critOrdersDrop: Double?
    @Option(name: .customLong("warn-payment-failures"), help: "Percent of settled orders closed unpaid that warns.")
    var warnPaymentFailures: Double?
    @Option(name: .customLong("crit-payment-failures"), help: "... that is critical.")
    var critPaymentFailures: Double?
    @Option(name: .customLong("warn-refund-spike"), help: "Refunds as a multiple of the usual rate that warns.")
    var warnRefundSpike: Double?
    @Option(name: .customLong("crit-refund-spike"), help: "... that is critical.")
    var critRefundSpike: Double?
    @Option(name: .customLong("warn-overdue-shipments"), help: "Percent of last week's paid orders not shipped in time that warns.")
    var warnOverdueShipments: Double?
    @Option(name: .customLong("crit-overdue-shipments"), help: "... that is critical.")
    var critOverdueShipments: Double?
    @Option(name: .customLong("warn-ingest-lag"), help: "Seconds since the newest event that warn.")
    var warnIngestLag: Double?
    @Option(name: .customLong("crit-ingest-lag"), help: "... that are critical.")
    var critIngestLag: Double?
    @Option(name: .customLong("warn-coupon-quota"), help: "Percent of a running batch's quota issued that warns.")
    var warnCouponQuota: Double?
    @Option(name: .customLong("crit-coupon-quota"), help: "... that is critical.")
    var critCouponQuota: Double?

    @Flag(name: .customLong("no-integrity"), help: "Skip SQLite's quick_check (it reads the whole file).")
    var noIntegrity = false
    @Option(name: .customLong("integrity-max-age"), help: ArgumentHelp(
        "Reuse a quick_check result younger than this many minutes (default 60; 0: run it now).",
        valueName: "minutes"))
    var integrityMaxAge: Int?

    @Flag(name: .long, help: "Also recompute the rollups of recent shop days from the raw tables and compare.")
    var deep = false
    @Option(name: .long, help: ArgumentHelp(
        "Shop days --deep compares, ending today (default 7).", valueName: "n"))
    var days: Int?

    /// A year: the recomputation reads every raw row of the range, so it is bounded.
    static let maxDeepDays = 366

    @Option(name: .long, help: ArgumentHelp("Judge as of this time instead of now.", visibility: .hidden))
    var now: String?

    func run() throws {
        let summary: HealthSummary
        var at = Int64(Date().timeIntervalSince1970)
        var rollups: RollupComparison?
        do {
            let thresholds: HealthThresholds
            let deepDays: ClosedRange<Int64>?
            do {
                let calendar = try store.calendar()
                if let now { at = try TimeArgument.parse(now, as: .start, calendar: calendar) }
                thresholds = try self.thresholds()
                deepDays = try self.deepDays(today: calendar.dayNumber(at))
            } catch let failure as CommandFailure {
                throw ConfigFailure(message: failure.message)
            }
            // Read-only, so that a check polled every minute never waits for a writer; only a
            // fresh quick_check run asks for write access, to be remembered.
            let shop = try store.open(readOnly: true)
            var measured = try shop.healthMeasurements(now: at, thresholds: thresholds)
            if let run = measured.integrity, run.origin == .ran, remember(run) {
                measured.integrity?.origin = .ranAndRecorded
            }
            if let deepDays {
                measured.rollups = try shop.compareRollups(days: deepDays)
                rollups = measured.rollups
            }
            summary = HealthPolicy.evaluate(measured, thresholds)
        } catch let failure as ConfigFailure {
            summary = .unreadable(now: at, reason: failure.message, name: "config")
        } catch let failure as CommandFailure {
            summary = .unreadable(now: at, reason: failure.message)
        } catch {
            summary = .unreadable(now: at, reason: String(describing: error))
        }
        if access.json {
            Console.raw(Self.json(summary, rollups: rollups).pretty)
        } else {
            summary.lines.forEach(Console.out)
        }
        throw ExitCode(Int32(summary.state.rawValue))
    }

    /// Records a quick_check run for the next checks. A user without write access, or a store
    /// busy or broken enough that the write fails, still gets the result of this run: the cache
    /// is a saving, never a reason for the check to fail.
    private func remember(_ run: IntegrityCheck) -> Bool {
        guard let path = try? store.path(), ShopStore.reasonNotWritable(path) == nil else { return false }
        do {
            try store.open(readOnly: false).recordIntegrityCheck(run)
            return true
        } catch {
            return false
        }
    }

    /// Wrong arguments or thresholds: reported as UNKNOWN like an unreadable store, but named as such.
    private struct ConfigFailure: Error { var message: String }

    /// The shop days `--deep` compares: the last `--days` of them, today included; nil without --deep.
    func deepDays(today: Int64) throws -> ClosedRange<Int64>? {
        guard deep else {
            if days != nil { throw CommandFailure("--days needs --deep", code: ExitCodes.usage) }
            return nil
        }
        let n = days ?? 7
        guard (1...Self.maxDeepDays).contains(n) else {
            throw CommandFailure("--days (\(n)) must be 1 to \(Self.maxDeepDays) shop days", code: ExitCodes.usage)
        }
        return (today - Int64(n - 1))...today
    }

    func thresholds() throws -> HealthThresholds {
        var t: HealthThresholds
        if let config {
            t = try CheckConfig.load(path: config)
        } else if let found = CheckConfig.defaultFile() {
            t = try CheckConfig.load(path: found.path, table: found.table)
        } else {
            t = HealthThresholds()
        }
        func override(_ limits: inout HealthLimits, _ warn: Double?, _ crit: Double?, _ name: String) throws {
            limits.warn = warn ?? limits.warn
            limits.crit = crit ?? limits.crit
            guard limits.warn <= limits.crit else {
                throw CommandFailure("--crit-\(name) (\(CheckConfig.number(limits.crit))) is below the warning level "
                                     + "(\(CheckConfig.number(limits.warn)))",
                                     code: ExitCodes.usage)
            }
        }
        try override(&t.ordersDrop, warnOrdersDrop, critOrdersDrop, "orders-drop")
        try override(&t.paymentFailures, warnPaymentFailures, critPaymentFailures, "payment-failures")
        try override(&t.refundSpike, warnRefundSpike, critRefundSpike, "refund-spike")
        try override(&t.overdueShipments, warnOverdueShipments, critOverdueShipments, "overdue-shipments")
        try override(&t.ingestLag, warnIngestLag, critIngestLag, "ingest-lag")
        try override(&t.couponQuota, warnCouponQuota, critCouponQuota, "coupon-quota")
        if noIntegrity { t.integrity = false }
        if let integrityMaxAge {
            guard integrityMaxAge >= 0 else {
                throw CommandFailure("--integrity-max-age (\(integrityMaxAge)) must be 0 or more minutes", code: ExitCodes.usage)
            }
            t.integrityMaxAgeMinutes = integrityMaxAge
        }
        return t
    }

    /// Keys are part of the interface: scripts read them. Checks come in their fixed order.
    /// `checked_at` and `check_seconds` appear only on checks that may judge an earlier run (integrity);
    /// `from`, `to`, `rows` and `differences` only on rollups.
    static func json(_ summary: HealthSummary, rollups: RollupComparison? = nil) -> JSONOut {
        .object([
            ("status", .string(summary.state.label)),
            ("exit_code", .int(summary.state.rawValue)),
            ("now", .int(summary.now)),
            ("checks", .array(summary.results.map { r in
                var fields: [(String, JSONOut)] = [
                    ("name", .string(r.name)),
                    ("status", .string(r.state.label)),
                    ("value", r.value.map(JSONOut.number) ?? .null),
                    ("unit", .string(r.unit)),
                    ("warn", r.limits.map { .number($0.warn) } ?? .null),
                    ("crit", r.limits.map { .number($0.crit) } ?? .null),
                    ("detail", .string(r.detail)),
                ]
                if let at = r.checkedAt { fields.append(("checked_at", .int(at))) }
                if let seconds = r.checkSeconds { fields.append(("check_seconds", .number(seconds))) }
                if r.name == "rollups", let rollups { fields += rollupFields(rollups) }
                return .object(fields)
            })),
            ("perfdata", .string(summary.perfdata)),
        ])
    }

    /// One entry per differing column, so that a script never parses the row's label.
    static func rollupFields(_ c: RollupComparison) -> [(String, JSONOut)] {
        [("from", .string(c.from)), ("to", .string(c.to)), ("rows", .int(c.rows)),
         ("differences", .array(c.differences.flatMap { d in d.changes.map { change in
             .object([("table", .string(d.table)), ("row", .string(d.key)), ("column", .string(change.column)),
                      ("stored", .int(change.stored)), ("recomputed", .int(change.recomputed))])
         } }))]
    }
}
