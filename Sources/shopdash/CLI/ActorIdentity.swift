import Foundation
import ShopModel
import ShopStore

/// Who is at the keyboard, for the audit rows of the changes and reveals made by the commands and
/// the dashboard alike. Through `shopdash gate`: the name fixed for the SSH key and the client
/// address from SSH_CONNECTION. Otherwise the OS user from the password database (anyone can set
/// $USER) and no address: $SSH_CLIENT and $SSH_CONNECTION are whatever the caller put there.
enum ActorIdentity {
    static func current(role: Role) -> Actor {
        if let caller = GateSession.caller {
            return Actor(user: caller.name, sshClient: caller.address, role: role)
        }
        var user = "uid \(geteuid())"
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let account = String(cString: name)
            if !account.isEmpty { user = account }
        }
        return Actor(user: user, sshClient: nil, role: role)
    }
}
