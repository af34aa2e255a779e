import ArgumentParser
import ShopDashboard
import ShopModel

/// The flags the dashboard and `snapshot` share.
struct DashboardOptions: ParsableArguments {
    @Option(help: "Theme name: auto (the default: light or dark from $COLORFGBG, dark when it says nothing), or a file <name>.toml in $XDG_CONFIG_HOME/shopdash/themes or Themes/ (dark, light, high-contrast, monochrome).")
    var theme: String?

    @Option(help: "Label language: en or zh (default: from LANG/LC_ALL).")
    var lang: String?

    @Option(help: "Lower your role to support (read-only); operator (may change coupons and reveal personal data) only if you are one already. Repeated: the lowest wins.")
    var role: [String] = []

    @Flag(name: .customLong("private"),
          help: "Privacy mode for a shared screen: hide money, nicknames, phones and addresses (P toggles it).")
    var privacy = false

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be en or zh, not '\(lang)'") }
        for role in role where Role(rawValue: role) == nil {
            throw ValidationError("--role must be operator or support, not '\(role)'")
        }
    }

    func flags(refresh: Double? = nil) -> Settings.Flags {
        Settings.Flags(theme: theme, lang: lang.flatMap(Language.init(rawValue:)), roles: role.compactMap(Role.init(rawValue:)),
                       refresh: refresh, privacy: privacy)
    }
}
