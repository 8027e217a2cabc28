/// Why a step on a report was refused, in words for the person who asked.
public enum ReportRefusal: Error, Sendable, Equatable {
    case notInThisState(ReportStep, ReportState)
    case notNeeded(SignerRole)
    case alreadySigned(SignerRole)
    case missingSignatures([SignerRole])
    /// Someone saved the report since this person opened it (optimistic version check).
    case changedMeanwhile(by: String)
    /// This person may not take this step on this report (not the ECT's tutor, say).
    case notYours(ReportStep)
    case incomplete(ValidationErrors)
    case confirmationNeeded
    case wrongConfirmation
    case reasonRequired
    case notDue

    public var message: String {
        switch self {
        case .notInThisState(let step, let state):
            "You cannot \(step.description) while it is \(state.label.lowercased())"
        case .notNeeded(let role): "This report does not need a signature from \(role.phrase)"
        case .alreadySigned(let role): "\(role.phrase.prefix(1).uppercased() + role.phrase.dropFirst()) has already signed this report"
        case .missingSignatures(let roles):
            "The report still needs signing by " + roles.map(\.phrase).joined(separator: " and ")
        case .changedMeanwhile(let name):
            "\(name) saved this report while you were editing it. Your text is below: copy what you need, "
                + "then reload the report to see their changes."
        case .notYours(let step): "Only the people named on this report can \(step.description)"
        case .incomplete: "Complete the report before you share, sign or submit it"
        case .confirmationNeeded: "Enter your password to sign"
        case .wrongConfirmation: "The password or code is not right"
        case .reasonRequired: "Enter the reasons for returning the report"
        case .notDue: "There is no such review or assessment in this ECT's induction"
        }
    }
}
