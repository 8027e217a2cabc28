/// Where a school's registration request stands. Raw values are the stored
/// `school_registration_requests.status`.
public enum RegistrationRequestStatus: String, CaseIterable, Sendable {
    case pending
    case authorised
    case rejected
}
