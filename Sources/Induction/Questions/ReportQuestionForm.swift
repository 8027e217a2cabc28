/// The new report question form as typed: which report, the question, an optional hint, how it is
/// answered, the choices (one a line) for a one-choice question and whether it must be answered.
/// The typed values are read once here; `validate()` gives a draft or a message for people for
/// each field that is wrong (keyed by field name).
public struct ReportQuestionForm: Sendable, Equatable {
    public static let fieldNames = ["kind", "prompt", "hint", "answerType", "choices", "required"]
    public static let promptLimit = 300
    public static let hintLimit = 500
    public static let choiceLimit = 200
    public static let choiceCount = 2...10

    public let kind: String
    public let prompt: String
    public let hint: String
    public let answerType: String
    public let choices: String
    public let required: Bool

    /// The form's values by field name; a missing field is empty. `required` is a checkbox: "yes" when ticked.
    public init(values: [String: String]) {
        kind = values["kind"] ?? ""
        prompt = values["prompt"] ?? ""
        hint = values["hint"] ?? ""
        answerType = values["answerType"] ?? ""
        choices = values["choices"] ?? ""
        required = values["required"] == "yes"
    }

    /// The typed values by field name, to fill the form again.
    public var values: [String: String] {
        ["kind": kind, "prompt": prompt, "hint": hint, "answerType": answerType, "choices": choices,
         "required": required ? "yes" : ""]
    }

    /// The choices as typed, one a line, trimmed, blank lines left out.
    public var choiceLines: [String] {
        choices.split(whereSeparator: \.isNewline).map { TextCleaning.singleLine(String($0)) }.filter { !$0.isEmpty }
    }

    public func validate() -> Result<ReportQuestionDraft, ValidationErrors> {
        var errors: [String: String] = [:]
        let kind = DueItemKind(rawValue: kind)
        if kind == nil { errors["kind"] = "Select which report the question is for" }

        let prompt = TextCleaning.singleLine(prompt)
        if prompt.isEmpty { errors["prompt"] = "Enter the question" }
        else if prompt.count > Self.promptLimit { errors["prompt"] = "The question must be \(Self.promptLimit) characters or fewer" }

        let hint = TextCleaning.singleLine(hint)
        if hint.count > Self.hintLimit { errors["hint"] = "The hint must be \(Self.hintLimit) characters or fewer" }

        let answerType = ReportQuestionAnswerType(rawValue: answerType)
        if answerType == nil { errors["answerType"] = "Select how the question is answered" }

        let choices = answerType == .oneChoice ? choiceLines : []
        if answerType == .oneChoice, let message = Self.choicesMessage(choices) { errors["choices"] = message }

        guard errors.isEmpty, let kind, let answerType else { return .failure(ValidationErrors(errors)) }
        return .success(ReportQuestionDraft(kind: kind, prompt: prompt, hint: hint, answerType: answerType,
                                            choices: choices, required: required))
    }

    private static func choicesMessage(_ choices: [String]) -> String? {
        if choices.count < choiceCount.lowerBound {
            return "Enter at least \(choiceCount.lowerBound) choices, one on each line"
        }
        if choices.count > choiceCount.upperBound {
            return "Enter no more than \(choiceCount.upperBound) choices"
        }
        if choices.contains(where: { $0.count > choiceLimit }) {
            return "Each choice must be \(choiceLimit) characters or fewer"
        }
        if Set(choices.map { $0.lowercased() }).count != choices.count {
            return "Each choice must be different"
        }
        return nil
    }
}
