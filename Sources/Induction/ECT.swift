/// An early career teacher as the walking skeleton knows them.
public struct ECT: Sendable, Equatable, Identifiable {
    public var id: Int
    public var schoolID: Int
    public var firstName: String
    public var lastName: String
    public var trn: String
    public var inductionStartDate: CalendarDate
    public var fte: FTE
    public var tutorName: String

    public init(
        id: Int, schoolID: Int, firstName: String, lastName: String, trn: String,
        inductionStartDate: CalendarDate, fte: FTE, tutorName: String
    ) {
        self.id = id
        self.schoolID = schoolID
        self.firstName = firstName
        self.lastName = lastName
        self.trn = trn
        self.inductionStartDate = inductionStartDate
        self.fte = fte
        self.tutorName = tutorName
    }

    public var fullName: String { "\(firstName) \(lastName)" }
}
