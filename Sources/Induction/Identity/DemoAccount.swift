/// One line of the demo accounts CSV: a person in one role. Someone with two roles has two lines.
public struct DemoAccount: Sendable, Equatable {
    public let role: Role
    public let email: String
    /// "" for appropriate-body roles.
    public let schoolURN: String
    public let name: String
    public let password: String

}
