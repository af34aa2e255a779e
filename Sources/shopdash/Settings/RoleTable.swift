import ShopModel
import TOMLKit

/// `[roles]` in config.toml: which OS users and groups are operators and which support.
///
///     [roles]
///     operator = ["alice", "@shopops"]     # a user, or @group
///     support = ["bob", "@helpdesk"]
///
/// Anyone matched by neither list is support. Honoured only in a file that root or the store's
/// owner owns and that nobody else may write (RoleResolver checks), since anyone may write a
/// config file of their own.
struct RoleTable: Equatable, Sendable {
    var operators: Set<String> = []
    var support: Set<String> = []

    /// The role of a user who is a member of `groups`: operator when the user or one of the
    /// groups is listed as operator, else support.
    func role(user: String, groups: [String]) -> Role {
        let names = [user] + groups.map { "@" + $0 }
        return names.contains(where: operators.contains) ? .operator : .support
    }

    static func parse(_ value: TOMLValueConvertible, fail: (String, String) -> ConfigError) throws -> RoleTable {
        guard let table = value.table else { throw fail("roles", "must be a table: [roles] with operator = [...] and support = [...]") }
        var roles = RoleTable()
        for key in table.keys {
            guard let role = Role(rawValue: key) else {
                throw fail("roles", "unknown key '\(key)' (known: operator, support)")
            }
            guard let list = table[key]?.array else { throw fail(key, "must be a list of user names and @groups") }
            var names: Set<String> = []
            for item in list {
                guard let name = item.string, !name.isEmpty, name != "@" else {
                    throw fail(key, "must list user names and @groups as strings in quotes")
                }
                names.insert(name)
            }
            switch role {
            case .operator: roles.operators = names
            case .support: roles.support = names
            }
        }
        return roles
    }
}
