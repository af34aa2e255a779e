import ArgumentParser
import ShopModel

/// --role and --json, shared by the support and on-call commands.
struct AccessOptions: ParsableArguments {
    @Option(name: .long, help: "Who is at the keyboard: operator (may change things) or support (looks only).",
            completion: .list(Role.allCases.map(\.rawValue)), transform: AccessOptions.parseRole)
    var role: Role = .operator

    @Flag(name: .long, help: "Print stable JSON instead of text.")
    var json = false

    func actor() -> Actor { ActorIdentity.current(role: role) }

    static func parseRole(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text.lowercased()) else {
            throw ValidationError("unknown role '\(text)': use operator or support")
        }
        return role
    }
}
