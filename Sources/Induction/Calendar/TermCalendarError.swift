/// Inputs the term calendar refuses.
public enum TermCalendarError: Error, Sendable, Equatable {
    case leavingBeforeStart
    /// Terms carried over must be 0–16 in whole tenths (domain.md "Validation facts").
    case carriedOverOutOfRange
    /// The carried-over terms already meet the required length: nothing is left to serve here.
    case alreadyComplete
}
