/// One dated assignment of a tutor or mentor to an ECT. `to` is nil while it is current.
public struct StaffAssignment: Sendable, Equatable {
    public var id: Int
    public var role: AssignmentRole
    public var person: AssignedPerson
    public var from: CalendarDate
    public var to: CalendarDate?

    public var isCurrent: Bool { to == nil }
}
