/// One dated assignment of a tutor or mentor to an ECT. `to` is nil while it is current.
public struct StaffAssignment: Sendable, Equatable {
    public var id: Int
    public var role: AssignmentRole
    public var person: AssignedPerson
    public var from: CalendarDate
    public var to: CalendarDate?

    public init(id: Int, role: AssignmentRole, person: AssignedPerson, from: CalendarDate, to: CalendarDate? = nil) {
        self.id = id
        self.role = role
        self.person = person
        self.from = from
        self.to = to
    }

    public var isCurrent: Bool { to == nil }
}
