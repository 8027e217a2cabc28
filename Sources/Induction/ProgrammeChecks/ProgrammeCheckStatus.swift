/// A school with ECTs on a school-led programme, and where its programme check stands this year.
public struct ProgrammeCheckStatus: Sendable, Equatable {
    public let schoolID: Int
    public let schoolName: String
    public let urn: String
    public let schoolLedECTs: Int
    /// This academic year's check, if made.
    public let thisYear: ProgrammeCheck?
    /// The most recent check of an earlier year, for context.
    public let lastEarlier: ProgrammeCheck?

    public var isDue: Bool { thisYear == nil }
}
