/// What an in-app notification (and its email) is about (issue 11 item 6). Raw values are stored.
public enum NotificationKind: String, CaseIterable, Sendable {
    case sharedWithMe = "shared"
    case awaitingSignature = "awaiting_signature"
    case submitted
    case returned
    case accepted
    case notOnTrack = "not_on_track"
    case registrationDecision = "registration_decision"
    case absenceThreshold = "absence_threshold"
    case decisionRecorded = "decision_recorded"

    public var label: String {
        switch self {
        case .sharedWithMe: "A report is shared with me"
        case .awaitingSignature: "A report is waiting for my signature"
        case .submitted: "A report is submitted to the appropriate body"
        case .returned: "A report is returned for amendment"
        case .accepted: "A report is accepted"
        case .notOnTrack: "An ECT is not on track"
        case .registrationDecision: "A registration is confirmed or not"
        case .absenceThreshold: "An ECT reaches 30 days’ absence in a year"
        case .decisionRecorded: "The outcome of an induction is recorded"
        }
    }

    /// Notices the law or the statutory guidance requires always go by email: the absence threshold
    /// (SG 3.6) and the outcome of induction (SG 2.69).
    public var isStatutory: Bool { self == .absenceThreshold || self == .decisionRecorded }
}
