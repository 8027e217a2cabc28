/// The induction period at the ECT's current school: open until the school records a leaving date,
/// then closed with the terms served there (thousandths, SG 2.34) and the next school if known.
public struct InductionPeriod: Sendable, Hashable {
    public let id: Int
    public let startDate: CalendarDate
    public let endDate: CalendarDate?
    public let termsServed: TermsServed?
    public let nextSchool: String

    public init(id: Int, startDate: CalendarDate, endDate: CalendarDate?, termsServed: TermsServed?, nextSchool: String) {
        self.id = id
        self.startDate = startDate
        self.endDate = endDate
        self.termsServed = termsServed
        self.nextSchool = nextSchool
    }
}
