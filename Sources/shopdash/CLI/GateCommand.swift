import ArgumentParser
import Foundation
import ShopModel

/// The entry point for OpenSSH's `command=` in authorized_keys: each key gets a fixed role and
/// name, and the command the client asked for (SSH_ORIGINAL_COMMAND) runs only if that role may
/// run it, with nothing in it able to widen the role or point at another store or file.
struct GateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Run a command that arrived over SSH with the role and name fixed for that key.",
        discussion: """
            For authorized_keys: command="shopdash gate --role support --name alice --db /srv/shop.sqlite",restrict,pty ssh-ed25519 ...
            The client's command (SSH_ORIGINAL_COMMAND, with or without a leading `shopdash`; empty: \
            the dashboard) runs as the given role, lowered further by any --role in it, never raised. \
            Commands and options that would name another store or a file are refused with exit 77. \
            Changes are audited with NAME and the client address from SSH_CONNECTION. \
            See docs/cli.md, Over SSH.

            Examples:
              shopdash gate --print-authorized-keys --db /srv/shop.sqlite
              SSH_ORIGINAL_COMMAND='orders find 5678' shopdash gate --role support --name alice
            """)

    @Option(help: "The role of this key: operator or support.", completion: .list(Role.allCases.map(\.rawValue)),
            transform: AccessOptions.parseRole)
    var role: Role?

    @Option(help: "Who this key belongs to, for the audit log.")
    var name: String?

    @Option(help: "The store this key may use (default: as for every command).")
    var db: String?

    @Flag(help: "Print example authorized_keys lines for this binary and exit.")
    var printAuthorizedKeys = false

    func validate() throws {
        if printAuthorizedKeys { return }
        guard role != nil else { throw ValidationError("--role is required: operator or support") }
        guard let name, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.@".contains($0) }) else {
            throw ValidationError("--name is required: letters, digits and - _ . @ only")
        }
    }

    func run() async throws {
        if printAuthorizedKeys {
            GateKeys.lines(binary: GateKeys.binaryPath(), db: db).forEach(Console.out)
            return
        }
        guard let role, let name else { return }
        let environment = ProcessInfo.processInfo.environment
        let asked: [String]
        do {
            asked = try GateRequest.words(environment["SSH_ORIGINAL_COMMAND"] ?? "")
        } catch let failure as CommandFailure {
            throw CommandFailure.exit(failure)
        }
        let arguments: [String]
        do {
            arguments = try GateRequest.permitted(asked, role: role, db: db)
        } catch let failure as CommandFailure {
            throw CommandFailure.exit(failure)
        }
        // The role as an upper bound that the inner command can only lower (SHOPDASH_ROLE), and the
        // name and address for the audit, kept in this process only.
        setenv("SHOPDASH_ROLE", role.rawValue, 1)
        GateSession.begin(name: name, connection: environment["SSH_CONNECTION"])
        var command = try Shopdash.parseAsRoot(arguments)
        if var async = command as? AsyncParsableCommand {
            try await async.run()
        } else {
            try command.run()
        }
    }
}
