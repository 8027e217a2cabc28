/// A checked new question, ready for `AddReportQuestion`: prompt and hint trimmed to one line,
/// choices only for a one-choice question.
public struct ReportQuestionDraft: Sendable, Equatable {
    public var kind: DueItemKind
    public var prompt: String
    public var hint: String
    public var answerType: ReportQuestionAnswerType
    public var choices: [String]
    public var required: Bool

    public init(kind: DueItemKind, prompt: String, hint: String = "", answerType: ReportQuestionAnswerType,
                choices: [String] = [], required: Bool = false) {
        self.kind = kind
        self.prompt = prompt
        self.hint = hint
        self.answerType = answerType
        self.choices = choices
        self.required = required
    }
}
