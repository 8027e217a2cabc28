/// What the appropriate body's home page counts.
public struct AppropriateBodySummary: Sendable, Equatable {
    public let bodyName: String?
    public let schoolCount: Int
    public let ectCount: Int
    public let pendingSchoolRegistrations: Int
    public let pendingECTRegistrations: Int
}
