/// The officer's decision as typed (issue 10 item 3): the outcome, an extension's length in terms
/// (one decimal place), the decision date and, for a fail, the date the ECT was told in writing.
public struct InductionOutcomeForm: Sendable, Equatable {
    public static let decided = RecordFormDate(name: "decided", label: "decision date")
    public static let told = RecordFormDate(name: "told", label: "date the ECT was told in writing")
    public static let inputNames = ["outcome", "terms"] + decided.inputNames + told.inputNames

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The entry, or messages keyed by "outcome", "terms", "decided" and "told".
    public func validate() -> Result<InductionOutcomeEntry, ValidationErrors> {
        var errors: [String: String] = [:]
        let outcome = InductionOutcome(rawValue: values["outcome"] ?? "")
        if outcome == nil { errors["outcome"] = "Choose pass, fail or extension" }
        var terms: TermsServed?
        if outcome == .extension {
            let typed = (values["terms"] ?? "").trimmingCharacters(in: .whitespaces)
            if let value = TermsServed(oneDecimal: typed) { terms = value } else {
                errors["terms"] = typed.isEmpty ? "Enter the length of the extension in terms" : "Enter the length as a number of terms, like 1.5"
            }
        }
        var decided: CalendarDate?
        switch Self.decided.date(in: values) {
        case .success(let date): decided = date
        case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
        }
        var told: CalendarDate?
        if outcome == .fail || Self.told.inputNames.contains(where: { !(values[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }) {
            switch Self.told.date(in: values) {
            case .success(let date): told = date
            case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
            }
        }
        guard errors.isEmpty, let outcome, let decided else { return .failure(ValidationErrors(errors)) }
        return .success(InductionOutcomeEntry(outcome: outcome, extensionTerms: terms, decidedOn: decided, ectToldInWritingOn: told))
    }
}
