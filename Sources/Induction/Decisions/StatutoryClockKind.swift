/// The statutory clocks around the appropriate body's decision (domain.md "Decisions and clocks").
public enum StatutoryClockKind: String, CaseIterable, Sendable {
    /// REG 11: the headteacher's recommendation, 10 working days after completion.
    case recommendation
    /// The ECT's written representations, 10 working days after the AB receives the recommendation.
    case representations
    /// SG 2.67: the AB's decision, 20 working days after receiving the recommendation.
    case decision
    /// SG 2.69: the AB tells the ECT, the headteacher and the employer, 3 working days after deciding.
    case notices
    /// SG 2.69: the AB tells the TRA of a fail or an extension, 3 working days after deciding.
    case teachingRegulationAgency
    /// SG 2.70: the ECT may appeal a fail or an extension to the TRA within 20 working days.
    case appeal

    public var label: String {
        switch self {
        case .recommendation: "Headteacher’s recommendation (REG 11)"
        case .representations: "ECT’s written representations"
        case .decision: "Appropriate body’s decision (SG 2.67)"
        case .notices: "Notices to the ECT, headteacher and employer (SG 2.69)"
        case .teachingRegulationAgency: "Teaching Regulation Agency told (SG 2.69)"
        case .appeal: "ECT’s appeal to the Teaching Regulation Agency (SG 2.70)"
        }
    }

    /// Working days from the clock's start to its due date.
    public var workingDays: Int {
        switch self {
        case .recommendation, .representations: 10
        case .decision, .appeal: 20
        case .notices, .teachingRegulationAgency: 3
        }
    }

    /// The appeal is the ECT's right, open until its last day, not a duty that can fall late.
    public var canBeLate: Bool { self != .appeal }
}
