/// The phase of education the appropriate body records for a school (Migration005's CHECK list).
public enum SchoolPhase: String, CaseIterable, Sendable {
    case notRecorded = "not-recorded"
    case nursery, primary, middle, secondary
    case allThrough = "all-through"
    case special
    case alternativeProvision = "alternative-provision"
    case sixteenPlus = "sixteen-plus"

    public var label: String {
        switch self {
        case .notRecorded: "Not recorded"
        case .nursery: "Nursery"
        case .primary: "Primary"
        case .middle: "Middle"
        case .secondary: "Secondary"
        case .allThrough: "All-through"
        case .special: "Special"
        case .alternativeProvision: "Alternative provision"
        case .sixteenPlus: "16 plus"
        }
    }
}
