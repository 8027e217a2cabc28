/// Why a change to an ECT's record could not be made.
public enum ECTRecordError: Error, Sendable, Equatable {
    /// No such ECT, or no induction period at their current school.
    case notFound
}
