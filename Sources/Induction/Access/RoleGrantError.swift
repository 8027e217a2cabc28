/// Why a role could not be granted (or removed), with a message written for the person filling in the form.
public enum RoleGrantError: Error, Equatable, Sendable {
    case invalidEmail
    case invalidName
    case schoolRequired
    case schoolNotAllowed
    case ectRequired
    case alreadyHeld
    case unknownSchool
    case lastAppropriateBodyAdmin

    public var message: String {
        switch self {
        case .invalidEmail: "Enter an email address in the correct format, like name@example.org"
        case .invalidName: "Enter their full name, in 200 characters or fewer"
        case .schoolRequired: "Select the school for this role"
        case .schoolNotAllowed: "Appropriate body roles cover every school, so do not select a school"
        case .ectRequired: "Select the early career teacher's record at this school"
        case .alreadyHeld: "This person already has this role"
        case .unknownSchool: "Select a school that uses Induct"
        case .lastAppropriateBodyAdmin:
            "This is the last appropriate body admin role, so nobody could administer Induct. Make someone else an admin first."
        }
    }
}
