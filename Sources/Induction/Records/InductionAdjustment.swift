/// One of the appropriate body's adjustments as stored: an extension (SG 3.8–3.10) or a reduction
/// with the ECT's consent (SG 3.2–3.5), in tenths of a term.
public struct InductionAdjustment: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case `extension`
        case reduction

        public var label: String { self == .extension ? "Extension" : "Reduction" }
    }

    public let id: Int
    public let kind: Kind
    public let terms: TermsServed
    public let reason: String
    public let ectConsented: Bool
    public let decidedAt: String
    /// When a later reduction replaced this one (SG 3.2–3.5: one reduction is in force at a time).
    public let replacedAt: String?

    public init(id: Int, kind: Kind, terms: TermsServed, reason: String, ectConsented: Bool, decidedAt: String,
                replacedAt: String? = nil) {
        self.id = id
        self.kind = kind
        self.terms = terms
        self.reason = reason
        self.ectConsented = ectConsented
        self.decidedAt = decidedAt
        self.replacedAt = replacedAt
    }

    public var isInForce: Bool { replacedAt == nil }

    /// "Extension of 1.5 terms" or "Reduced to 3.0 terms".
    public var summary: String {
        kind == .extension ? "Extension of \(terms.oneDecimal) terms" : "Reduced to \(terms.oneDecimal) terms"
    }
}
