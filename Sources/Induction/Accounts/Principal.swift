/// The signed-in person as a request sees them: who they are, every role they hold, and the role
/// they are acting in now. Policies decide on the active grant only.
public struct Principal: Sendable, Equatable {
    public var user: User
    public var grants: [RoleGrant]
    public var active: RoleGrant

    public init(user: User, grants: [RoleGrant], active: RoleGrant) {
        self.user = user
        self.grants = grants
        self.active = active
    }

    /// The role switcher shows only for people with more than one grant.
    public var canSwitchRole: Bool { grants.count > 1 }
}
