/// Why an appropriate-body admin's decision on a registration request could not be recorded.
public enum SchoolRegistrationError: Error, Equatable, Sendable {
    case reasonRequired
    case reasonTooLong
    case schoolAlreadyExists(urn: String)
    case noAppropriateBody

    public static let reasonLimit = RejectionReason.limit

    public var message: String {
        switch self {
        case .reasonRequired: "Enter the reason for rejecting the request"
        case .reasonTooLong: "Reason must be \(Self.reasonLimit) characters or fewer"
        case .schoolAlreadyExists(let urn): "A school with URN \(urn) already uses Induct"
        case .noAppropriateBody: "Set up the appropriate body before authorising schools"
        }
    }
}
