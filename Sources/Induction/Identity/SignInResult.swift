public enum SignInResult: Sendable, Equatable {
    case signedIn(userID: Int)
    /// The password was right; an emailed code has been sent and must be entered next.
    case secondFactorRequired(userID: Int)
    /// Unknown email, wrong password, inactive account or no password yet: one answer for all.
    case invalid
    case throttled(retryAfterSeconds: Int)
}
