import Foundation
import ShopDashboard
import ShopStore
import TOMLKit

/// Thresholds for `shopdash check` from TOML: either a file of its own (check.toml, top level)
/// or the [check] table of config.toml. Unknown keys and wrong types are errors that name the
/// file and line, because a typo in a monitoring threshold must not pass silently.
enum CheckConfig {
    /// The file to read when --config is not given: check.toml, else config.toml, in
    /// $XDG_CONFIG_HOME/shopdash (default ~/.config/shopdash); nil when neither exists.
    static func defaultFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> (path: String, table: String?)? {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? ".") + "/.config")
        let dir = base + "/shopdash"
        let fm = FileManager.default
        if fm.fileExists(atPath: dir + "/check.toml") { return (dir + "/check.toml", nil) }
        if fm.fileExists(atPath: dir + "/config.toml") { return (dir + "/config.toml", "check") }
        return nil
    }

    /// Reads `path`; `table` names the table holding the settings (nil: the top level).
    /// A file named config.toml is read from its [check] table.
    static func load(path: String, table: String? = nil) throws -> HealthThresholds {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path): cannot read the check configuration", code: ExitCodes.usage)
        }
        let table = table ?? ((path as NSString).lastPathComponent == "config.toml" ? "check" : nil)
        return try parse(text, file: path, table: table)
    }

    static func parse(_ text: String, file: String, table: String?) throws -> HealthThresholds {
        if let line = TOMLHeaderCheck.badHeaderLine(in: text) {
            throw CommandFailure("\(file):\(line): a table header needs a name, as in [check]", code: ExitCodes.usage)
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CommandFailure("\(file):\(error.source.begin.line): \(error.description)", code: ExitCodes.usage)
        }
        var settings = HealthThresholds()
        let reader = Reader(text: text, file: file, prefix: table)
        guard let top = table.map({ root[$0]?.table }) ?? root else { return settings }
        try reader.apply(top, to: &settings)
        return settings
    }

    /// 50 rather than 50.0.
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }

    private struct Reader {
        var text: String
        var file: String
        var prefix: String?

        func apply(_ top: TOMLTable, to s: inout HealthThresholds) throws {
            for key in top.keys {
                switch key {
                case "integrity": s.integrity = try bool(top, key, in: nil)
                case "integrity_max_age_minutes":
                    guard let minutes = top[key]?.int, minutes >= 0 else {
                        throw failure(key, in: nil, "expected a whole number of minutes, 0 or more")
                    }
                    s.integrityMaxAgeMinutes = minutes
                case "orders_drop":
                    let t = try section(top, key)
                    s.ordersDrop = try limits(t, key, s.ordersDrop)
                    s.ordersWindowMinutes = try int(t, "window_minutes", in: key) ?? s.ordersWindowMinutes
                    s.ordersMinBaseline = try int(t, "min_baseline", in: key) ?? s.ordersMinBaseline
                    try only(t, key, ["warn", "crit", "window_minutes", "min_baseline"])
                case "payment_failures":
                    let t = try section(top, key)
                    s.paymentFailures = try limits(t, key, s.paymentFailures)
                    s.paymentWindowMinutes = try int(t, "window_minutes", in: key) ?? s.paymentWindowMinutes
                    s.paymentMinOrders = try int(t, "min_orders", in: key) ?? s.paymentMinOrders
                    try only(t, key, ["warn", "crit", "window_minutes", "min_orders"])
                case "refund_spike":
                    let t = try section(top, key)
                    s.refundSpike = try limits(t, key, s.refundSpike)
                    s.refundWindowMinutes = try int(t, "window_minutes", in: key) ?? s.refundWindowMinutes
                    s.refundMinCount = try int(t, "min_count", in: key) ?? s.refundMinCount
                    try only(t, key, ["warn", "crit", "window_minutes", "min_count"])
                case "overdue_shipments":
                    let t = try section(top, key)
                    s.overdueShipments = try limits(t, key, s.overdueShipments)
                    s.overdueHours = try int(t, "hours", in: key) ?? s.overdueHours
                    s.overdueMinOrders = try int(t, "min_orders", in: key) ?? s.overdueMinOrders
                    try only(t, key, ["warn", "crit", "hours", "min_orders"])
                case "ingest_lag":
                    let t = try section(top, key)
                    s.ingestLag = try limits(t, key, s.ingestLag)
                    try only(t, key, ["warn", "crit"])
                case "coupon_quota":
                    let t = try section(top, key)
                    s.couponQuota = try limits(t, key, s.couponQuota)
                    try only(t, key, ["warn", "crit"])
                default:
                    throw failure(key, in: nil, "unknown setting (known: integrity, integrity_max_age_minutes, orders_drop, "
                                  + "payment_failures, refund_spike, overdue_shipments, ingest_lag, coupon_quota)")
                }
            }
        }

        private func section(_ top: TOMLTable, _ key: String) throws -> TOMLTable {
            guard let t = top[key]?.table else { throw failure(key, in: nil, "expected a table [\(key)]") }
            return t
        }

        private func limits(_ t: TOMLTable, _ section: String, _ current: HealthLimits) throws -> HealthLimits {
            let warn = try number(t, "warn", in: section) ?? current.warn
            let crit = try number(t, "crit", in: section) ?? current.crit
            guard warn <= crit else {
                throw failure("crit", in: section, "crit (\(CheckConfig.number(crit))) must not be below warn "
                              + "(\(CheckConfig.number(warn)))")
            }
            return HealthLimits(warn: warn, crit: crit)
        }

        private func only(_ t: TOMLTable, _ section: String, _ known: [String]) throws {
            if let odd = t.keys.first(where: { !known.contains($0) }) {
                throw failure(odd, in: section, "unknown setting (known: \(known.joined(separator: ", ")))")
            }
        }

        private func number(_ t: TOMLTable, _ key: String, in section: String) throws -> Double? {
            guard let v = t[key] else { return nil }
            if let i = v.int { return Double(i) }
            if let d = v.double, d.isFinite { return d }
            throw failure(key, in: section, "expected a number")
        }

        private func int(_ t: TOMLTable, _ key: String, in section: String) throws -> Int? {
            guard let v = t[key] else { return nil }
            guard let i = v.int, i > 0 else { throw failure(key, in: section, "expected a positive whole number") }
            return i
        }

        private func bool(_ t: TOMLTable, _ key: String, in section: String?) throws -> Bool {
            guard let b = t[key]?.bool else { throw failure(key, in: section, "expected true or false") }
            return b
        }

        private func failure(_ key: String, in section: String?, _ reason: String) -> CommandFailure {
            let path = ([prefix, section].compactMap { $0 } + [key]).joined(separator: ".")
            let line = lineOf(key: key, section: section)
            return CommandFailure("\(file):\(line.map(String.init) ?? "?"): \(path): \(reason)", code: ExitCodes.usage)
        }

        /// TOMLKit reports lines only for syntax errors, so the line of a bad setting is found in
        /// the text: the first `key =` (or `[key]`) after the header of its table.
        private func lineOf(key: String, section: String?) -> Int? {
            let header = [prefix, section].compactMap { $0 }.joined(separator: ".")
            var inTable = header.isEmpty
            for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("[") {
                    let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
                    if name == [header, key].filter({ !$0.isEmpty }).joined(separator: ".") && section == nil { return n + 1 }
                    inTable = name == header
                    continue
                }
                if inTable, line.hasPrefix(key) {
                    let rest = line.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
                    if rest.hasPrefix("=") || rest.hasPrefix(".") { return n + 1 }
                }
            }
            return nil
        }
    }
}
