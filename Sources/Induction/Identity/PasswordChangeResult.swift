public enum PasswordChangeResult: Sendable, Equatable {
    case changed(userID: Int)
    /// The invitation or reset link is unknown, used, expired, or its account is inactive.
    case invalidToken
    /// A message for people: the new password breaks `PasswordPolicy`, or too many wrong current passwords.
    case rejected(message: String)
    case wrongCurrentPassword
}
