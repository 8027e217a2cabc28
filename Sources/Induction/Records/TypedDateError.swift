/// Why a three-field date could not be read, written for the person filling in the form.
public struct TypedDateError: Error, Sendable, Equatable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }
}
