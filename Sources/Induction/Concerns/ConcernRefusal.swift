/// Why a concern could not be raised or answered.
public enum ConcernRefusal: Error, Sendable, Equatable {
    /// Only the ECT raises a concern about their own record; only AB staff answer one.
    case notYours
    case notFound
    case alreadyAnswered
    case invalid(ValidationErrors)

    public var message: String {
        switch self {
        case .notYours: "You cannot do this for this record."
        case .notFound: "That concern could not be found."
        case .alreadyAnswered: "This concern has been answered already."
        case .invalid(let errors): errors.messages.values.sorted().first ?? "Check what you entered."
        }
    }
}
