/// The signed-in person as a request sees them: who they are, every role they hold, and the role
/// they are acting in now. Policies decide on the active grant only.
public struct Principal: Sendable, Equatable {
    public var user: User
    public var grants: [RoleGrant]
    public var active: RoleGrant
    /// Acting as a mentor: the ECTs they mentor now at that school, the only records they may open.
    public var menteeIDs: Set<Int>

    public init(user: User, grants: [RoleGrant], active: RoleGrant, menteeIDs: Set<Int> = []) {
        self.user = user
        self.grants = grants
        self.active = active
        self.menteeIDs = menteeIDs
    }

    /// The role switcher shows only for people with more than one grant.
    public var canSwitchRole: Bool { grants.count > 1 }
}
