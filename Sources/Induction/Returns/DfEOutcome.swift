/// The outcomes the DfE's bulk upload accepts. A fail is never among them: the service takes a fail
/// one by one, with the date the ECT was told in writing (domain.md, "Decisions and clocks").
public enum DfEOutcome: String, Sendable, Equatable {
    case pass
    /// An induction period that ended at this appropriate body without an outcome: the ECT left.
    case release
}
