import Foundation
import ShopModel

/// Who sits at this terminal, for the audit rows of the changes and reveals made from it.
enum OperatorIdentity {
    static func actor(role: Role, environment: [String: String]) -> Actor {
        Actor(user: userName(environment: environment), sshClient: sshClient(environment: environment), role: role)
    }

    /// The OS account of the process (not $USER, which anyone can set), falling back to it.
    static func userName(environment: [String: String]) -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let s = String(cString: name)
            if !s.isEmpty { return s }
        }
        return environment["USER"] ?? environment["LOGNAME"] ?? "uid-\(geteuid())"
    }

    /// The address an SSH session came from ("203.0.113.7 52144 22" -> "203.0.113.7:52144").
    static func sshClient(environment: [String: String]) -> String? {
        guard let raw = environment["SSH_CLIENT"] ?? environment["SSH_CONNECTION"] else { return nil }
        let parts = raw.split(separator: " ")
        guard let host = parts.first else { return nil }
        return parts.count > 1 ? "\(host):\(parts[1])" : String(host)
    }
}
