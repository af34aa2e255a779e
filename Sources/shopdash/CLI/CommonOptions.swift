import ArgumentParser
import ShopModel

/// --role and --json, shared by the support and on-call commands.
struct AccessOptions: ParsableArguments {
    @Option(name: .long, help: "Lower your role to support (looks only); operator (may change things) only if you are one already (see docs/cli.md, Roles). Repeated: the lowest wins.",
            completion: .list(Role.allCases.map(\.rawValue)), transform: AccessOptions.parseRole)
    var role: [Role] = []

    @Flag(name: .long, help: "Print stable JSON instead of text.")
    var json = false

    /// Who this user is, lowered by --role, SHOPDASH_ROLE or the config's `role`.
    func decision(_ store: StoreOptions) throws -> RoleResolver.Decision {
        try store.settings(adding: Settings.Flags(roles: role)).roleDecision
    }

    func actor(_ store: StoreOptions) throws -> Actor {
        ActorIdentity.current(role: try decision(store).role)
    }

    static func parseRole(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text.lowercased()) else {
            throw ValidationError("unknown role '\(text)': use operator or support")
        }
        return role
    }
}

extension RoleResolver.Decision {
    /// Why a change or reveal was refused, for the message: the role and where it came from.
    var refusalReason: String {
        var text = "the \(role.rawValue) role"
        if role != natural { text += " (lowered by --role, SHOPDASH_ROLE or the config's role)" } else { text += " (\(why))" }
        if let ignoredRoles { text += "; \(ignoredRoles)" }
        return text
    }
}
