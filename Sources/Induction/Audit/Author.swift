/// Who makes a change: every service that changes the records takes one, and its audit event
/// carries all four parts (the DfE's `author:` shape).
public struct Author: Sendable, Equatable {
    /// Nil for the command line, the seed and background work, which act as no account.
    public let userID: Int?
    public let name: String
    /// The role acted in ("headteacher"); empty when no account acts.
    public let role: String
    public let clientAddress: String

    public init(userID: Int?, name: String, role: Role?, clientAddress: String) {
        self.userID = userID
        self.name = name
        self.role = role?.rawValue ?? ""
        self.clientAddress = clientAddress
    }

    /// A person signed in, acting in their active role.
    public init(_ user: User, actingAs role: Role?, clientAddress: String) {
        self.init(userID: user.id, name: user.name, role: role, clientAddress: clientAddress)
    }

    /// Work that no account does: "induct user add", "demo seed", "outbox worker".
    public static func system(_ name: String) -> Author {
        Author(userID: nil, name: name, role: nil, clientAddress: "")
    }
}
