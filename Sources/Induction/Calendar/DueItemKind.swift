/// What falls due in an induction term (domain.md "The termly cycle").
public enum DueItemKind: String, Sendable, Hashable {
    case progressReview = "progress-review"
    case firstFormalAssessment = "first-formal-assessment"
    case finalFormalAssessment = "final-formal-assessment"
    case interimAssessment = "interim-assessment"

    public var isFormalAssessment: Bool { self != .progressReview }

    public var label: String {
        switch self {
        case .progressReview: "Progress review"
        case .firstFormalAssessment: "First formal assessment"
        case .finalFormalAssessment: "Final formal assessment"
        case .interimAssessment: "Interim assessment"
        }
    }
}
