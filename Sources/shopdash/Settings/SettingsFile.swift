import Foundation
import CouponSenders
import ShopDashboard
import ShopModel
import TOMLKit

/// A mistake in the config file, told with the file, the line and the key it concerns.
struct ConfigError: Error, CustomStringConvertible {
    var file: String
    var line: Int?
    var key: String?
    var reason: String

    var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let key { return "\(place): \(key): \(reason)" }
        return "\(place): \(reason)"
    }
}

extension Settings {
    /// $XDG_CONFIG_HOME/shopdash/config.toml as written: the defaults an operator keeps. Every flag wins over it.
    struct File: Equatable {
        var db: String?
        var theme: String?
        var lang: Language?
        var refresh: Double?
        var role: Role?
        var bigOrderFen: Int64?
        var refundBurst: Int?
        var alert: AlertMode?
        var overdueHours: Int?
        var tz: String?
        /// `[wechatpay]` and `[webhook]`: where coupon changes of those systems are delivered.
        var wechatpay: WeChatPayConfig?
        var webhook: WebhookConfig?
        /// `[roles]`: who is operator and who support (see RoleTable for when it is honoured).
        var roles: RoleTable?

        static let keys = ["db", "theme", "lang", "refresh", "role", "big_order_fen", "refund_burst", "alert",
                           "overdue_hours", "tz", "roles"]

        /// The config file of this environment, whether or not it exists.
        static func path(environment: [String: String]) -> String { directory(environment: environment) + "/config.toml" }

        /// The folder holding config.toml and the user's themes/.
        static func directory(environment: [String: String]) -> String {
            if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/shopdash" }
            return (environment["HOME"] ?? ".") + "/.config/shopdash"
        }

        /// The config of this user, or an empty one when there is no file.
        static func load(environment: [String: String]) throws -> File {
            let path = path(environment: environment)
            guard FileManager.default.fileExists(atPath: path) else { return File() }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigError(file: path, reason: "cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ConfigError(file: path, reason: "is not UTF-8 text")
            }
            return try parse(text, file: path)
        }

        static func parse(_ text: String, file: String) throws -> File {
            if let line = TOMLHeaderCheck.badHeaderLine(in: text) {
                throw ConfigError(file: file, line: line, reason: "a table header needs a name, as in [roles]")
            }
            let table: TOMLTable
            do {
                table = try TOMLTable(string: text)
            } catch let error as TOMLParseError {
                throw ConfigError(file: file, line: error.source.begin.line, reason: error.description)
            }
            func fail(_ key: String, _ reason: String) -> ConfigError {
                ConfigError(file: file, line: line(of: key, in: text), key: key, reason: reason)
            }
            // [check] holds the thresholds of `shopdash check`, which reads them itself.
            for key in table.keys where !keys.contains(key) && !["check", "wechatpay", "webhook"].contains(key) {
                throw fail(key, "unknown key (known: \(keys.joined(separator: ", ")))")
            }
            func string(_ key: String) throws -> String? {
                guard let value = table[key] else { return nil }
                guard let s = value.string else { throw fail(key, "must be a string in quotes") }
                return s
            }
            func integer(_ key: String, min: Int) throws -> Int? {
                guard let value = table[key] else { return nil }
                guard let n = value.int else { throw fail(key, "must be a whole number") }
                guard n >= min else { throw fail(key, "must be at least \(min)") }
                return n
            }
            func choice<T: RawRepresentable>(_ key: String, _ type: T.Type,
                                             _ names: [String]) throws -> T? where T.RawValue == String {
                guard let s = try string(key) else { return nil }
                guard let v = T(rawValue: s) else { throw fail(key, "'\(s)' is not one of \(names.joined(separator: ", "))") }
                return v
            }

            var config = File()
            config.db = try string("db")
            config.theme = try string("theme")
            config.lang = try choice("lang", Language.self, Language.allCases.map(\.rawValue))
            config.role = try choice("role", Role.self, Role.allCases.map(\.rawValue))
            config.alert = try choice("alert", AlertMode.self, AlertMode.allCases.map(\.rawValue))
            if let value = table["refresh"] {
                guard let seconds = value.double ?? value.int.map(Double.init) else {
                    throw fail("refresh", "must be a number of seconds")
                }
                guard seconds >= 0.1 && seconds <= 3_600 else {
                    throw fail("refresh", "must be between 0.1 and 3600 seconds")
                }
                config.refresh = seconds
            }
            config.bigOrderFen = try integer("big_order_fen", min: 1).map(Int64.init)
            config.refundBurst = try integer("refund_burst", min: 1)
            config.overdueHours = try integer("overdue_hours", min: 1)
            if let tz = try string("tz") {
                guard ShopCalendar(identifier: tz) != nil else {
                    throw fail("tz", "unknown time zone '\(tz)' (try Asia/Shanghai)")
                }
                config.tz = tz
            }
            config.wechatpay = try SenderSettings.wechatpay(table, text: text, file: file)
            config.webhook = try SenderSettings.webhook(table, text: text, file: file)
            if let roles = table["roles"] { config.roles = try RoleTable.parse(roles, fail: fail) }
            return config
        }

        /// The line where `key` is set, for messages; TOMLKit keeps no positions for values.
        static func line(of key: String, in text: String) -> Int? {
            for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.drop { $0 == " " || $0 == "\t" }
                guard line.hasPrefix(key) else { continue }
                let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") { return index + 1 }
            }
            return nil
        }
    }
}
