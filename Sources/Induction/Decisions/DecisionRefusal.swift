/// Why a decision, representations or notices were refused, in words for the officer.
public enum DecisionRefusal: Error, Sendable, Equatable {
    case noSuchECT
    /// SG 2.67: the AB decides on the headteacher's recommendation in the accepted final assessment.
    case finalAssessmentNotAccepted
    case alreadyDecided
    case extensionTermsNeeded
    /// SG 3.8–3.10: 0.1 to 16 terms, to one decimal place.
    case extensionTermsInvalid
    case termsOnlyForAnExtension
    /// The DfE service records a fail only with the day the ECT was told in writing.
    case toldInWritingNeeded
    case toldBeforeDeciding
    case decidedBeforeRecommendation
    case dateInTheFuture
    case noDecisionYet
    case noticesBeforeDeciding
    /// SG 2.69: a pass goes to the TRA in the termly return, not by notice.
    case teachingRegulationAgencyOnlyForFailOrExtension
    case noRecommendationYet
    case summaryNeeded
    case summaryTooLong

    public static let summaryLimit = 5000

    public var message: String {
        switch self {
        case .noSuchECT: "There is no such ECT"
        case .finalAssessmentNotAccepted:
            "Accept the final formal assessment, with the headteacher’s recommendation, before recording the outcome"
        case .alreadyDecided: "The outcome of this induction has already been recorded"
        case .extensionTermsNeeded: "Enter the length of the extension in terms"
        case .extensionTermsInvalid: "An extension must be between 0.1 and 16 terms, with at most one decimal place"
        case .termsOnlyForAnExtension: "Only an extension has a length in terms"
        case .toldInWritingNeeded: "Enter the date the ECT was told of the fail in writing"
        case .toldBeforeDeciding: "The ECT cannot have been told before the decision was made"
        case .decidedBeforeRecommendation: "The decision cannot be earlier than the day the recommendation was received"
        case .dateInTheFuture: "The date cannot be in the future"
        case .noDecisionYet: "Record the outcome before recording the notices"
        case .noticesBeforeDeciding: "Notices cannot be sent before the decision was made"
        case .teachingRegulationAgencyOnlyForFailOrExtension:
            "The Teaching Regulation Agency is told of a pass in the termly return, not by notice"
        case .noRecommendationYet: "The headteacher’s recommendation has not reached the appropriate body yet"
        case .summaryNeeded: "Summarise the ECT’s representations"
        case .summaryTooLong: "The summary must be 5,000 characters or fewer"
        }
    }
}
