public struct School: Sendable, Equatable, Identifiable {
    public var id: Int
    public var urn: String
    public var name: String
    public var localAuthority: String

    public init(id: Int, urn: String, name: String, localAuthority: String) {
        self.id = id
        self.urn = urn
        self.name = name
        self.localAuthority = localAuthority
    }
}
