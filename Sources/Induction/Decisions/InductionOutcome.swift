/// The appropriate body's decision at the end of induction (SG 2.67): pass, fail or an extension.
public enum InductionOutcome: String, CaseIterable, Sendable {
    case pass
    case fail
    case `extension`

    public var label: String {
        switch self {
        case .pass: "Passed"
        case .fail: "Failed"
        case .extension: "Extended"
        }
    }

    /// SG 2.69–2.70: the TRA is told at once, and the ECT may appeal.
    public var isAppealable: Bool { self != .pass }
}
