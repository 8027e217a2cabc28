/// How a report question is answered (issue 9 item 3). Raw values are stored in
/// `report_questions.answer_type` and in each report's questions snapshot, so they never change.
public enum ReportQuestionAnswerType: String, Codable, CaseIterable, Sendable {
    case shortText = "short-text"
    case longText = "long-text"
    case yesNo = "yes-no"
    case oneChoice = "one-choice"

    public var label: String {
        switch self {
        case .shortText: "Short text"
        case .longText: "Long text"
        case .yesNo: "Yes or no"
        case .oneChoice: "One choice from a list"
        }
    }
}
