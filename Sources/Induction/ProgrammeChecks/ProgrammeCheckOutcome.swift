/// What the appropriate body found when it checked a school-led programme against the framework.
public enum ProgrammeCheckOutcome: String, CaseIterable, Sendable {
    case coversInFull = "covers-in-full"
    case gapsToAddress = "gaps-to-address"
    case doesNotCover = "does-not-cover"

    public var label: String {
        switch self {
        case .coversInFull: "Covers the framework in full"
        case .gapsToAddress: "Gaps to address"
        case .doesNotCover: "Does not cover the framework"
        }
    }

    /// The tag colour on lists: green, yellow or red.
    public var tagClass: String {
        switch self {
        case .coversInFull: "tag--green"
        case .gapsToAddress: "tag--yellow"
        case .doesNotCover: "tag--red"
        }
    }
}
