public struct User: Sendable, Equatable, Identifiable {
    public var id: Int
    public var name: String
    public var email: String
    public var active: Bool
    /// False until the person has accepted their invitation.
    public var hasPassword: Bool

    public init(id: Int, name: String, email: String, active: Bool, hasPassword: Bool) {
        self.id = id
        self.name = name
        self.email = email
        self.active = active
        self.hasPassword = hasPassword
    }
}
