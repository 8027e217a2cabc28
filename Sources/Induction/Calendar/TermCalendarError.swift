/// Inputs the term calendar refuses.
public enum TermCalendarError: Error, Sendable, Equatable {
    case leavingBeforeStart
    /// Terms carried over must be 0–16 (domain.md "Validation facts"); kept exactly as recorded.
    case carriedOverOutOfRange
    /// The carried-over terms already meet the required length: nothing is left to serve here.
    case alreadyComplete
}
