/// Why the appropriate body's decision on a registration could not be recorded.
public enum ECTRegistrationDecisionError: Error, Sendable, Equatable {
    case reasonRequired
    case reasonTooLong

    /// `ects.rejection_reason` holds at most 1,000 characters.
    public static let reasonLimit = RejectionReason.limit

    public var message: String {
        switch self {
        case .reasonRequired: "Enter the reason for rejecting the registration"
        case .reasonTooLong: "The reason must be \(Self.reasonLimit) characters or fewer"
        }
    }
}
