/// One ECT in the appropriate body's list export (issue 10 item 5): who, where, where they stand and
/// what was decided.
public struct ECTListRow: Sendable, Equatable {
    public let schoolURN: String
    public let schoolName: String
    public let trn: String
    public let firstName: String
    public let lastName: String
    public let dateOfBirth: CalendarDate?
    public let email: String
    public let inductionStart: CalendarDate
    public let workingPattern: String
    public let programme: String
    public let status: String
    public let termsServed: TermsServed?
    public let projectedEnd: CalendarDate?
    public let tutor: String
    public let mentor: String
    public let atRisk: Bool
    public let latestReport: String
    public let latestReportState: String
    public let outcome: String
    public let decidedOn: CalendarDate?
}
