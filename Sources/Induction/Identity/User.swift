public struct User: Sendable, Equatable, Identifiable {
    public var id: Int
    public var name: String
    public var email: String
    public var active: Bool
    /// False until the person has accepted their invitation.
    public var hasPassword: Bool

}
