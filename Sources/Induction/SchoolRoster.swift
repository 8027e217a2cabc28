/// A school with its ECTs, for the listing page.
public struct SchoolRoster: Sendable, Equatable {
    public var school: School
    public var ects: [ECT]
}
