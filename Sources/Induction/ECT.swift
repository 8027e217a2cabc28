/// An early career teacher as the walking skeleton knows them, with their current induction tutor
/// and mentor (nil when nobody is assigned).
public struct ECT: Sendable, Equatable, Identifiable {
    public var id: Int
    public var schoolID: Int
    public var firstName: String
    public var lastName: String
    public var trn: String
    public var inductionStartDate: CalendarDate
    public var fte: FTE
    public var tutor: AssignedPerson?
    public var mentor: AssignedPerson?

    public init(
        id: Int, schoolID: Int, firstName: String, lastName: String, trn: String,
        inductionStartDate: CalendarDate, fte: FTE, tutor: AssignedPerson? = nil, mentor: AssignedPerson? = nil
    ) {
        self.id = id
        self.schoolID = schoolID
        self.firstName = firstName
        self.lastName = lastName
        self.trn = trn
        self.inductionStartDate = inductionStartDate
        self.fte = fte
        self.tutor = tutor
        self.mentor = mentor
    }

    public var fullName: String { "\(firstName) \(lastName)" }
}
