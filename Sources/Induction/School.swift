public struct School: Sendable, Equatable, Identifiable {
    public var id: Int
    public var urn: String
    public var name: String
    public var localAuthority: String
}
