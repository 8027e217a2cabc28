/// A check the appropriate body recorded of one school's school-led programme for one academic year.
public struct ProgrammeCheck: Sendable, Equatable {
    public let id: Int
    public let schoolID: Int
    public let year: AcademicYear
    public let checkedOn: CalendarDate
    public let outcome: ProgrammeCheckOutcome
    public let notes: String
    public let followUp: String
    public let followUpBy: CalendarDate?
    public let recordedBy: String
}
