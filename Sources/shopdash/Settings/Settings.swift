import CouponSenders
import Foundation
import ShopDashboard
import ShopModel

/// The settings of every command after flags, environment and the config file are combined, so
/// `db` and `tz` in config.toml mean the same to `orders find` as to the dashboard.
/// Precedence: a flag, then the environment ($SHOPDASH_DB, $LANG), then config.toml, then defaults.
struct Settings: Sendable {
    var dbPath: String
    var themeName: String
    var language: Language
    /// Who this user is (RoleResolver), lowered by any flag, SHOPDASH_ROLE or config `role`.
    var role: Role
    var roleDecision: RoleResolver.Decision
    var refreshSeconds: Double
    var alertMode: AlertMode
    var bigOrder: Money
    var refundBurst: Int
    var overdueHours: Int
    var calendar: ShopCalendar
    var configDirectory: String
    /// Starts in privacy mode (`--private`); only a flag sets it, never the config file.
    var privacy = false
    /// Where changes of WeChat Pay and webhook coupon batches go; nil when config.toml has no table.
    var wechatpay: WeChatPayConfig?
    var webhook: WebhookConfig?

    struct Flags: Sendable {
        var db: String?
        var tz: String?
        var theme: String?
        var lang: Language?
        /// Every --role given: each may only lower the role.
        var roles: [Role]
        var refresh: Double?
        var privacy = false

        init(db: String? = nil, tz: String? = nil, theme: String? = nil, lang: Language? = nil, roles: [Role] = [],
             refresh: Double? = nil, privacy: Bool = false) {
            self.db = db; self.tz = tz; self.theme = theme; self.lang = lang; self.roles = roles; self.refresh = refresh
            self.privacy = privacy
        }
    }

    /// Reads config.toml (if there is one) and combines it with the flags and the environment.
    static func load(_ flags: Flags, environment: [String: String]) throws -> Settings {
        try resolve(flags, config: File.load(environment: environment), environment: environment)
    }

    static func resolve(_ flags: Flags, config: File, environment: [String: String]) throws -> Settings {
        let configDirectory = File.directory(environment: environment)
        let dbPath = flags.db ?? environment["SHOPDASH_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? config.db
            ?? defaultStorePath(environment: environment)
        let zone = flags.tz ?? config.tz ?? ShopCalendar.defaultZoneIdentifier
        guard let calendar = ShopCalendar(identifier: zone) else {
            throw SettingsError("unknown time zone '\(zone)' (try Asia/Shanghai)")
        }
        var asked = flags.roles + (config.role.map { [$0] } ?? [])
        if let text = environment["SHOPDASH_ROLE"], !text.isEmpty {
            guard let role = Role(rawValue: text.lowercased()) else {
                throw SettingsError("SHOPDASH_ROLE must be operator or support, not '\(text)'")
            }
            asked.append(role)
        }
        let decision = RoleResolver.decide(storePath: dbPath, roles: config.roles,
                                           configPath: File.path(environment: environment), asked: asked)
        let refresh = flags.refresh ?? config.refresh ?? 1
        guard refresh >= 0.1 && refresh <= 3_600 else {
            throw SettingsError("--refresh must be between 0.1 and 3600 seconds")
        }
        return Settings(
            dbPath: dbPath,
            themeName: ThemeChoice.resolve(flags.theme ?? config.theme ?? ThemeChoice.auto, environment: environment),
            language: flags.lang ?? config.lang ?? languageFromLocale(environment),
            role: decision.role,
            roleDecision: decision,
            refreshSeconds: refresh,
            alertMode: config.alert ?? .flash,
            bigOrder: Money(fen: config.bigOrderFen ?? 200_000),
            refundBurst: config.refundBurst ?? 3,
            overdueHours: config.overdueHours ?? 48,
            calendar: calendar,
            configDirectory: configDirectory,
            privacy: flags.privacy,
            wechatpay: config.wechatpay,
            webhook: config.webhook)
    }

    /// zh_CN.UTF-8, zh_TW... -> Chinese; anything else English. LC_ALL overrides LANG as in C.
    static func languageFromLocale(_ environment: [String: String]) -> Language {
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return Language.from(locale: locale)
    }

    static func defaultStorePath(environment: [String: String]) -> String {
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? ".") + "/.local/share")
        return dataHome + "/shopdash/shop.sqlite"
    }

    var themeDirectories: [String] { ThemeLocator.searchDirectories(configDirectory: configDirectory) }

    /// The theme asked for, or the built-in one with the reason it could not be used, in `strings`.
    func loadTheme(_ strings: Strings = Strings(.en)) -> (Theme, String?) {
        do {
            return (try Theme.load(named: themeName, searchDirs: themeDirectories), nil)
        } catch {
            return (.fallback, strings.format(.themeFallback, themeName, "\(error)"))
        }
    }

    func appConfig(glyphs: Glyphs) -> AppConfig {
        AppConfig(role: role, language: language, glyphs: glyphs, alertMode: alertMode, bigOrder: bigOrder,
                  refundBurst: refundBurst, overdueHours: overdueHours, calendar: calendar)
    }
}

struct SettingsError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
