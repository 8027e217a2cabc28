/// Someone to invite to a role, from `InvitationForm`: their name as typed (`GrantRole` cleans it)
/// and their email address, normalised.
public struct Invitee: Sendable, Equatable {
    public let name: String
    public let email: String
}
