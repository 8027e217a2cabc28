/// What `RegisterECT` did: a pending induction period for the AB to confirm, or field messages saying
/// why the registration was refused (the TRN is registered elsewhere, already waiting, and so on).
public enum ECTRegistrationOutcome: Sendable, Equatable {
    case registered(periodID: Int, ectID: Int, isTransfer: Bool)
    case refused([String: String])
}
