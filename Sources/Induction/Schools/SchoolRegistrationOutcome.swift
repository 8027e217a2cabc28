public enum SchoolRegistrationOutcome: Sendable, Equatable {
    case submitted(id: Int)
    /// Field name to message, as `SchoolRegistrationForm.validate` gives them (or the URN already in use).
    case invalid([String: String])
}
