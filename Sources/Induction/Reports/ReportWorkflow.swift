/// The report's state machine (issue 9 item 6), as a pure function: the state after `step`, or the
/// refusal. Any step not listed for a state is refused. Signing needs the report shared; submitting
/// needs every required signature; any edit or comment clears the signatures (item 7), so it takes
/// a signed report back to "shared".
public enum ReportWorkflow {
    public static func state(after step: ReportStep, from state: ReportState, kind: DueItemKind,
                             signed: Set<SignerRole>) throws(ReportRefusal) -> ReportState {
        switch (step, state) {
        case (.edit, .draft):
            return .draft
        case (.edit, .shared), (.edit, .awaitingSignatures), (.edit, .returned),
             (.comment, .shared), (.comment, .awaitingSignatures), (.comment, .returned):
            return .shared
        case (.share, .draft):
            return .shared
        case (.sign(let role), .shared), (.sign(let role), .awaitingSignatures), (.sign(let role), .returned):
            guard SignerRole.required(for: kind).contains(role) else { throw .notNeeded(role) }
            guard !signed.contains(role) else { throw .alreadySigned(role) }
            return .awaitingSignatures
        case (.submit, .awaitingSignatures), (.submit, .returned):
            let missing = SignerRole.required(for: kind).filter { !signed.contains($0) }
            guard missing.isEmpty else { throw .missingSignatures(missing) }
            return .submitted
        case (.accept, .submitted):
            return .accepted
        case (.returnForAmendment, .submitted):
            return .returned
        default:
            throw .notInThisState(step, state)
        }
    }
}
