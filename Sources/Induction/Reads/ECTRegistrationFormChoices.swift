/// What the school's ECT registration form offers: the school, and who may be the ECT's tutor or mentor there.
public struct ECTRegistrationFormChoices: Sendable {
    public var school: School
    public var tutors: [AssignedPerson]
    public var mentors: [AssignedPerson]
}
