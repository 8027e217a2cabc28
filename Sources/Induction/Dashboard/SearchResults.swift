/// What the appropriate body's search found (issue 10 item 8): ECTs by TRN or name, schools by URN
/// or name, at most `SearchResults.limit` of each.
public struct SearchResults: Sendable, Equatable {
    public static let limit = 25

    public struct ECTMatch: Sendable, Equatable {
        public var id: Int
        public var name: String
        public var trn: String
        public var schoolName: String
    }

    public struct SchoolMatch: Sendable, Equatable {
        public var id: Int
        public var name: String
        public var urn: String
    }

    public var ects: [ECTMatch]
    public var schools: [SchoolMatch]
}
