import Foundation
import ShopModel

/// Decides the role from who this process is, never from what it says about itself.
///
/// With a trusted `[roles]` table (RoleTable) the OS user and groups decide; without one the owner
/// of the store file and root are operators and everyone else support. `--role`, `SHOPDASH_ROLE`
/// and the config's `role` may each ask for less, never for more; the lowest asked wins.
enum RoleResolver {
    struct Decision: Equatable {
        /// The role this user has, before anything asked for less.
        var natural: Role
        /// What was asked for (flags, environment, config), lowest taken.
        var role: Role
        /// Why the natural role, for messages: "listed in [roles] of FILE", "owner of the store"...
        var why: String
        /// A `[roles]` table that was ignored, and why: told once on stderr.
        var ignoredRoles: String?
    }

    /// Who the kernel says this process is.
    struct Identity: Equatable {
        var uid: uid_t
        var user: String
        var groups: [String]

        static func current() -> Identity {
            let uid = geteuid()
            var user = "uid \(uid)"
            if let entry = getpwuid(uid), let name = entry.pointee.pw_name { user = String(cString: name) }
            var ids = [gid_t](repeating: 0, count: Int(getgroups(0, nil)) + 1)
            let count = getgroups(Int32(ids.count), &ids)
            var groupIDs = Set(ids.prefix(max(0, Int(count))))
            groupIDs.insert(getegid())
            let groups = groupIDs.sorted().compactMap { gid -> String? in
                guard let group = getgrgid(gid), let name = group.pointee.gr_name else { return nil }
                return String(cString: name)
            }
            return Identity(uid: uid, user: user, groups: groups)
        }
    }

    static func decide(identity: Identity = .current(), storePath: String, roles: RoleTable?, configPath: String,
                       asked: [Role]) -> Decision {
        let storeOwner = owner(of: storePath) ?? identity.uid // a store not made yet will be this user's
        var ignored: String?
        var natural: Role
        var why: String
        if let roles, let trusted = trust(configPath, storeOwner: storeOwner) {
            natural = roles.role(user: identity.user, groups: identity.groups)
            why = natural == .operator ? "listed as operator in [roles] of \(trusted)" : "not listed as operator in [roles] of \(trusted)"
        } else {
            if roles != nil {
                ignored = "[roles] in \(configPath) is ignored: the file must belong to root or the store's owner and be writable by nobody else"
            }
            natural = identity.uid == 0 || identity.uid == storeOwner ? .operator : .support
            why = identity.uid == 0 ? "root" : (natural == .operator ? "owner of the store" : "not the owner of the store")
        }
        let role = asked.reduce(natural) { lowest, next in lowest == .support || next == .support ? .support : .operator }
        return Decision(natural: natural, role: role, why: why, ignoredRoles: ignored)
    }

    private static func owner(of path: String) -> uid_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_uid : nil
    }

    /// The config file's path when its `[roles]` may be believed: owned by root or the store's
    /// owner and writable by no group or other user.
    private static func trust(_ path: String, storeOwner: uid_t) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        guard info.st_uid == 0 || info.st_uid == storeOwner else { return nil }
        guard info.st_mode & (S_IWGRP | S_IWOTH) == 0 else { return nil }
        return path
    }
}
