/// Why a programme check cannot be recorded, in words for the officer.
public enum ProgrammeCheckRefusal: Error, Sendable, Equatable {
    case noSuchSchool
    case dateInTheFuture

    public var message: String {
        switch self {
        case .noSuchSchool: "There is no such school"
        case .dateInTheFuture: "The date of the check must be today or in the past"
        }
    }
}
