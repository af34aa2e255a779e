import Foundation

/// The name and client address of a command that came through `shopdash gate`, kept in this
/// process only: environment variables could be set by anyone running shopdash directly, so
/// outside the gate the audit trusts neither a name nor $SSH_CLIENT / $SSH_CONNECTION.
final class GateSession: @unchecked Sendable {
    struct Caller: Sendable, Equatable {
        var name: String
        /// The client's address, the first field of SSH_CONNECTION.
        var address: String?
    }

    private let lock = NSLock()
    private var caller: Caller? // guarded by lock

    private static let shared = GateSession()

    static func begin(name: String, connection: String?) {
        let address = connection.flatMap { $0.split(separator: " ").first.map(String.init) }
        shared.lock.withLock { shared.caller = Caller(name: name, address: address) }
    }

    static var caller: Caller? { shared.lock.withLock { shared.caller } }
}
