import Induction
import Templates

/// Template values for the report questions pages: each kind's live questions with their Retire and
/// Move buttons, and the new question form with what was typed, its errors and the error summary.
enum AdminReportQuestionsView {
    static func list(_ questions: [DueItemKind: [ReportQuestion]], notice: String?) -> TemplateFields {
        let kinds = ReportQuestionSet.kinds.map { kind -> TemplateValue in
            let items = questions[kind] ?? []
            return [
                "kindLabel": .string(kind.label),
                "kindID": .string(kind.rawValue),
                "hasQuestions": .bool(!items.isEmpty),
                "questions": .list(items.enumerated().map { index, question in
                    row(question, number: index + 1, isFirst: index == 0, isLast: index == items.count - 1)
                }),
            ]
        }
        return ["kinds": .list(kinds), "notice": TemplateValue(notice), "newHref": "/admin/report-questions/new"]
    }

    private static func row(_ question: ReportQuestion, number: Int, isFirst: Bool, isLast: Bool) -> TemplateValue {
        [
            "number": .int(number),
            "prompt": .string(question.prompt),
            "hint": .string(question.hint),
            "answerLabel": .string(question.answerType.label),
            "choices": .list(question.choices.map { .string($0) }),
            "hasChoices": .bool(!question.choices.isEmpty),
            "requiredLabel": .string(question.required ? "Must be answered" : "Optional"),
            "retireAction": .string("/admin/report-questions/\(question.id)/retire"),
            "moveAction": .string("/admin/report-questions/\(question.id)/move"),
            "canMoveUp": .bool(!isFirst),
            "canMoveDown": .bool(!isLast),
        ]
    }

    /// The new question form. The summary links to each field's control: the first radio of a group.
    static func form(_ form: ReportQuestionForm, errors: [String: String]) -> TemplateFields {
        let summary = ErrorSummary(errors, order: [
            ("kind", "kind-\(ReportQuestionSet.kinds[0].rawValue)"), ("prompt", "prompt"), ("hint", "hint"),
            ("answerType", "answerType-\(ReportQuestionAnswerType.allCases[0].rawValue)"), ("choices", "choices"),
        ])
        var values: TemplateFields = [
            "action": "/admin/report-questions/new",
            "kinds": .list(ReportQuestionSet.kinds.map { kind in
                ["value": .string(kind.rawValue), "label": .string(kind.label), "checked": .bool(form.kind == kind.rawValue)]
            }),
            "answerTypes": .list(ReportQuestionAnswerType.allCases.map { type in
                ["value": .string(type.rawValue), "label": .string(type.label), "checked": .bool(form.answerType == type.rawValue)]
            }),
            "prompt": .string(form.prompt),
            "hint": .string(form.hint),
            "choices": .string(form.choices),
            "required": .bool(form.required),
            "promptLimit": .int(ReportQuestionForm.promptLimit),
            "hintLimit": .int(ReportQuestionForm.hintLimit),
        ]
        for name in ReportQuestionForm.fieldNames {
            values[name + "Error"] = TemplateValue(errors[name])
        }
        values.merge(summary.templateValues) { _, new in new }
        return values
    }
}
