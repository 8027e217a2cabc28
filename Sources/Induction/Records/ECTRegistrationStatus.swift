/// Whether the appropriate body has accepted an ECT's record. Raw values are the stored
/// `ects.registration_status` (Migration004's CHECK).
public enum ECTRegistrationStatus: String, CaseIterable, Sendable {
    case pending
    case confirmed
    case rejected
}
