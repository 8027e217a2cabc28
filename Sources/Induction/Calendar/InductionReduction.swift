/// The appropriate body's reduction of the induction period for prior experience: to at least one
/// term and less than the full six, only with the ECT's agreement; then only the final assessment is
/// required (SG 3.2–3.5).
public struct InductionReduction: Sendable, Hashable {
    public static let allowedTerms = TermsServed(terms: 1)...TermsServed(tenths: 59)

    /// The length of the whole induction after the reduction (terms carried over count toward it).
    public let terms: TermsServed
    public let ectConsented: Bool

    /// Nil without the ECT's consent, or outside 1.0–5.9 terms, or not in whole tenths.
    public init?(terms: TermsServed, ectConsented: Bool) {
        guard ectConsented, Self.allowedTerms.contains(terms), terms.isWholeTenths else { return nil }
        self.terms = terms
        self.ectConsented = ectConsented
    }
}
