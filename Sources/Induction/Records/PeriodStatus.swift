/// Where an induction period stands. Raw values are the stored `induction_periods.status`
/// (Migration009's CHECK).
public enum PeriodStatus: String, CaseIterable, Sendable {
    case pending
    case confirmed
    case rejected
    case withdrawn
}
