extension Result where Failure == ValidationErrors {
    /// The form's messages by field name; none when it was valid.
    public var messages: [String: String] {
        if case .failure(let errors) = self { return errors.messages }
        return [:]
    }

    /// The checked value; nil when the form has errors.
    public var value: Success? { try? get() }
}
