/// A school's registration of an ECT once every field is valid: what `RegisterECT` stores.
public struct ECTRegistration: Sendable, Equatable {
    public var firstName: String
    public var lastName: String
    /// Empty when the school gave none.
    public var email: String
    /// Always 7 digits.
    public var trn: String
    public var dateOfBirth: CalendarDate
    public var qtsDate: CalendarDate
    public var inductionStart: CalendarDate
    public var fte: FTE
    public var programme: TrainingProgramme
    public var leadProvider: String
    /// Staff accounts at the school (item 10), nil when the school chose nobody yet.
    public var tutorUserID: Int?
    public var mentorUserID: Int?
    /// SG 2.34: thousandths of a term (1.5 terms is 1500), as `ects.terms_served_elsewhere` stores it.
    public var termsServedElsewhere: Int
    public var previousAppropriateBody: String

    public var fullName: String { "\(firstName) \(lastName)" }
}
