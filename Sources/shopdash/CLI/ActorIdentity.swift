import Foundation
import ShopModel

/// Who is running this command, for the audit log: the OS user behind the process and, when it
/// came in over SSH, the client's address.
enum ActorIdentity {
    static func current(role: Role, environment: [String: String] = ProcessInfo.processInfo.environment) -> Actor {
        Actor(user: osUser(environment), sshClient: sshClient(environment), role: role)
    }

    /// The effective user's login name from the password database; the environment can be edited,
    /// so it is only the fallback for users without an entry (containers with arbitrary uids).
    static func osUser(_ environment: [String: String]) -> String {
        let uid = geteuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? "uid \(uid)"
    }

    /// SSH_CLIENT is "client-ip client-port server-port"; the address is what the audit log keeps,
    /// as the dashboard's rows do.
    static func sshClient(_ environment: [String: String]) -> String? {
        guard let raw = environment["SSH_CLIENT"] ?? environment["SSH_CONNECTION"],
              let ip = raw.split(separator: " ").first else { return nil }
        return String(ip)
    }
}
