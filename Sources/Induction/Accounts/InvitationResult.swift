/// What `RoleGrants.invite` did: the person, their new grant, and the invitation link when they
/// still have to set a password (nil when they already have one and were emailed about the new role).
public struct InvitationResult: Sendable, Equatable {
    public let userID: Int
    public let grantID: Int
    public let link: String?

    public init(userID: Int, grantID: Int, link: String?) {
        self.userID = userID
        self.grantID = grantID
        self.link = link
    }
}
