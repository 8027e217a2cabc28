import Foundation

/// An extension the appropriate body decides at the end of induction: 0.1 to 16 terms, to one
/// decimal place, with its reason (SG 3.8–3.10).
public struct InductionExtension: Sendable, Hashable {
    public static let allowedTerms = TermsServed(tenths: 1)...TermsServed(terms: 16)

    public let terms: TermsServed
    public let reason: String

    public init?(terms: TermsServed, reason: String) {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.allowedTerms.contains(terms), terms.isWholeTenths, !reason.isEmpty else { return nil }
        self.terms = terms
        self.reason = reason
    }
}
