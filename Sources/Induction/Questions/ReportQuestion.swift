/// One of the appropriate body's own questions on a kind of report (issue 9 item 3), as stored and
/// as snapshotted into each report when it is started. `kind` is a `DueItemKind` raw value.
public struct ReportQuestion: Codable, Sendable, Equatable {
    public var id: Int
    public var kind: String
    public var prompt: String
    public var hint: String
    public var answerType: ReportQuestionAnswerType
    public var choices: [String]
    public var required: Bool
    public var position: Int

    public init(id: Int, kind: String, prompt: String, hint: String, answerType: ReportQuestionAnswerType,
                choices: [String], required: Bool, position: Int) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.hint = hint
        self.answerType = answerType
        self.choices = choices
        self.required = required
        self.position = position
    }

    /// The report kind, when `kind` names one this build knows.
    public var dueItemKind: DueItemKind? { DueItemKind(rawValue: kind) }
}
