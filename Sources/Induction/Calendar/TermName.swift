/// The three terms of an English school year, in order.
public enum TermName: Int, Sendable, Hashable, Comparable, CaseIterable {
    case autumn = 0, spring, summer

    public var label: String {
        switch self {
        case .autumn: "Autumn"
        case .spring: "Spring"
        case .summer: "Summer"
        }
    }

    public static func < (lhs: TermName, rhs: TermName) -> Bool { lhs.rawValue < rhs.rawValue }
}
