/// What `GrantRole` did: the person, their new grant, and the invitation link when they
/// still have to set a password (nil when they already have one and were emailed about the new role).
public struct InvitationResult: Sendable, Equatable {
    public let userID: Int
    public let grantID: Int
    public let link: String?
    /// The name of the account the email already belonged to when it differs from the name typed:
    /// the account's name is kept. nil for a new person or the same name.
    public let keptAccountName: String?

    public init(userID: Int, grantID: Int, link: String?, keptAccountName: String? = nil) {
        self.userID = userID
        self.grantID = grantID
        self.link = link
        self.keptAccountName = keptAccountName
    }
}
