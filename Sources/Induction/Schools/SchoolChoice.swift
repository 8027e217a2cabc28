/// A school as a list to choose from names it.
public struct SchoolChoice: Sendable, Equatable {
    public var id: Int
    public var name: String
}
