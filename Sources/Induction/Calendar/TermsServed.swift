/// A number of induction terms, stored exactly in thousandths of a term (0.5 FTE for 2.5 terms is
/// 1.25 terms = 1250) and shown to one decimal place (SG 2.34).
public struct TermsServed: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let thousandths: Int

    public init(thousandths: Int) {
        self.thousandths = thousandths
    }

    public init(terms: Int) {
        self.init(thousandths: terms * 1000)
    }

    /// Tenths of a term, as entered for extensions, reductions and carried-over terms ("1.5" is 15).
    public init(tenths: Int) {
        self.init(thousandths: tenths * 100)
    }

    /// Parses a non-negative number with at most one decimal place: "6", "1.5", "0.1".
    public init?(oneDecimal text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 3,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int(parts[0]) else { return nil }
        var tenths = whole * 10
        if parts.count == 2 {
            guard parts[1].count == 1, let digit = Int(parts[1]) else { return nil }
            tenths += digit
        }
        self.init(tenths: tenths)
    }

    public static let zero = TermsServed(thousandths: 0)

    /// Tenths of a term, rounded half up (1.25 → 13, 1.24 → 12): the figure recorded and shown.
    public var roundedTenths: Int {
        thousandths >= 0 ? (thousandths + 50) / 100 : -((-thousandths + 50) / 100)
    }

    /// One decimal place, rounded half up: 1250 → "1.3", 6000 → "6.0".
    public var oneDecimal: String {
        let tenths = roundedTenths
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Whether the value is a whole number of tenths (as extensions and reductions must be).
    public var isWholeTenths: Bool { thousandths % 100 == 0 }

    public var description: String { oneDecimal }

    public static func + (lhs: TermsServed, rhs: TermsServed) -> TermsServed {
        TermsServed(thousandths: lhs.thousandths + rhs.thousandths)
    }

    public static func - (lhs: TermsServed, rhs: TermsServed) -> TermsServed {
        TermsServed(thousandths: lhs.thousandths - rhs.thousandths)
    }

    public static func < (lhs: TermsServed, rhs: TermsServed) -> Bool { lhs.thousandths < rhs.thousandths }
}
