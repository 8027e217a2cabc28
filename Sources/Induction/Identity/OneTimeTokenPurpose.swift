public enum OneTimeTokenPurpose: String, Sendable {
    case invitation
    case passwordReset = "password_reset"
    case secondFactor = "second_factor"
}
