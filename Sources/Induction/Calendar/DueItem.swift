/// One review or assessment the school owes the appropriate body.
public struct DueItem: Sendable, Hashable {
    public let kind: DueItemKind
    /// The induction term (1, 2, … at this school) the item falls in.
    public let termNumber: Int
    /// The induction term whose review or assessment this is: a later term than `termNumber` never,
    /// an earlier one when an absence moved it into the next term (SG 2.56).
    public let forTermNumber: Int
    /// The day the review or assessment is held: the end of its term, the day an induction year
    /// ends, or the leaving date.
    public let date: CalendarDate
    /// About a week before `date`: 5 working days.
    public let earliestSubmission: CalendarDate
    /// `date`, except the final assessment, whose report is due 10 working days after (SG 2.61).
    public let dueDate: CalendarDate
    /// Terms served on `date`, carried-over terms included.
    public let termsServed: TermsServed

    /// Whether an absence moved the item out of its own term (SG 2.56).
    public var isRescheduledIntoLaterTerm: Bool { forTermNumber != termNumber }

    public init(kind: DueItemKind, termNumber: Int, forTermNumber: Int? = nil, date: CalendarDate,
                earliestSubmission: CalendarDate, dueDate: CalendarDate, termsServed: TermsServed) {
        self.kind = kind
        self.termNumber = termNumber
        self.forTermNumber = forTermNumber ?? termNumber
        self.date = date
        self.earliestSubmission = earliestSubmission
        self.dueDate = dueDate
        self.termsServed = termsServed
    }
}
