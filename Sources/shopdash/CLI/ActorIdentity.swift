import Foundation
import ShopModel
import ShopStore

/// Who is at the keyboard, for the audit rows of the changes and reveals made by the commands and
/// the dashboard alike: the store's reading of the environment (user, SSH client address), with
/// the user name taken from the password database when there is an entry, since anyone can set
/// $USER.
enum ActorIdentity {
    static func current(role: Role, environment: [String: String] = ProcessInfo.processInfo.environment) -> Actor {
        var actor = Actor.current(role: role, environment: environment)
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let account = String(cString: name)
            if !account.isEmpty { actor.user = account }
        }
        return actor
    }
}
