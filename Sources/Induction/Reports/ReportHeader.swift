/// The header every report form carries (domain.md "The termly cycle"), filled from the record.
public struct ReportHeader: Sendable, Equatable {
    public var ectName: String
    public var trn: String
    public var schoolName: String
    public var tutor: String
    public var mentor: String
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate?
    public var fte: FTE
    /// Days absent at this school in the period.
    public var daysAbsent: Int
    /// For interim assessments (SG 2.62–2.63): terms served at the meeting, the leaving date, the next school.
    public var termsServed: TermsServed?
    /// For interim assessments: days absent since the last formal assessment (or the start of induction).
    public var daysAbsentSinceLastAssessment: Int?
    public var nextSchool: String
}
