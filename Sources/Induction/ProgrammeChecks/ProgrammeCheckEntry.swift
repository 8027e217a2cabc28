/// A programme check as the officer entered it, validated by `ProgrammeCheckForm`.
public struct ProgrammeCheckEntry: Sendable, Equatable {
    public let checkedOn: CalendarDate
    public let outcome: ProgrammeCheckOutcome
    public let notes: String
    public let followUp: String
    public let followUpBy: CalendarDate?

    public var year: AcademicYear { AcademicYear(containing: checkedOn) }
}
