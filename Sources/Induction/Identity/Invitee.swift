/// Someone to invite to a role: their name as typed (`GrantRole` cleans it) and their email address, normalised.
public struct Invitee: Sendable, Equatable {
    public let name: String
    public let email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}
