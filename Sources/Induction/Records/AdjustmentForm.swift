import Foundation

/// The appropriate body's adjustment form as typed: extension or reduction, the terms ("1.5"), the
/// reason, and for a reduction the ECT's consent (SG 3.2–3.5, 3.8–3.10).
public struct AdjustmentForm: Sendable, Equatable {
    public static let inputNames = ["kind", "terms", "reason", "consent"]

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The adjustment (not yet stored: id 0), or messages keyed by "kind", "terms", "reason" and
    /// "consent". A reduction must leave more to serve than the terms carried over from elsewhere,
    /// and can never be less than the terms already served to date (SG 3.2–3.5).
    public func validate(carriedOver: TermsServed, servedToDate: TermsServed = .zero) -> Result<InductionAdjustment, ValidationErrors> {
        var errors: [String: String] = [:]
        let kind = InductionAdjustment.Kind(rawValue: values["kind"] ?? "")
        if kind == nil { errors["kind"] = "Select extension or reduction" }

        let text = (values["terms"] ?? "").trimmingCharacters(in: .whitespaces)
        let terms = TermsServed(oneDecimal: text)
        if text.isEmpty {
            errors["terms"] = "Enter the number of terms"
        } else if terms == nil {
            errors["terms"] = "Terms must be a number with at most one decimal place, like 1.5"
        } else if let terms, kind == .extension, !InductionExtension.allowedTerms.contains(terms) {
            errors["terms"] = "An extension must be between 0.1 and 16 terms"
        } else if let terms, kind == .reduction, !InductionReduction.allowedTerms.contains(terms) {
            errors["terms"] = "A reduction must leave between 1 and 5.9 terms of induction"
        } else if let terms, kind == .reduction, terms <= carriedOver {
            errors["terms"] = "A reduction must leave more than the \(carriedOver.oneDecimal) terms already served elsewhere"
        } else if let terms, kind == .reduction, terms < servedToDate {
            // Served terms are exact thousandths; the smallest allowed reduction is the next whole tenth.
            let least = TermsServed(tenths: (servedToDate.thousandths + 99) / 100)
            errors["terms"] = "A reduction cannot be less than the terms already served: enter \(least.oneDecimal) or more"
        }

        let reason = (values["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty {
            errors["reason"] = "Enter the reason for the \(kind?.rawValue ?? "adjustment")"
        } else if reason.count > 1000 {
            errors["reason"] = "The reason must be 1,000 characters or fewer"
        }
        let consent = values["consent"] == "yes"
        if kind == .reduction, !consent {
            // SG 3.3: a reduction needs the ECT's agreement.
            errors["consent"] = "Confirm that the ECT agrees to the reduction"
        }
        guard errors.isEmpty, let kind, let terms else { return .failure(ValidationErrors(errors)) }
        return .success(InductionAdjustment(id: 0, kind: kind, terms: terms, reason: reason,
                                            ectConsented: kind == .reduction && consent, decidedAt: ""))
    }
}
