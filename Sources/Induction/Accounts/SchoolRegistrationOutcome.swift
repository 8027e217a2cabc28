public enum SchoolRegistrationOutcome: Sendable, Equatable {
    case submitted(id: Int)
    /// Field name to message, as `SchoolRegistrationForm.validate` gives them.
    case invalid([String: String])
}
