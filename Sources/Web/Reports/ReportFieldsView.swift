import Induction
import Templates

/// The school's part of a report as form controls or, read-only, as answers: one entry a field, in
/// the form's order, each saying which control it is (`partials/report_field`).
struct ReportFieldsView {
    let form: ReportForm
    let values: [String: String]
    let errors: [String: String]

    /// Every field, in order, with its label, hint, control, value and error.
    var fields: [TemplateValue] {
        var list: [TemplateValue] = []
        if form.kind.isFormalAssessment {
            list.append(date("meeting-date", "Date of the assessment meeting"))
            for standard in TeachersStandard.all {
                list.append(radios("judgement-\(standard.fieldKey)", "\(standard.code): \(standard.title)", ReportForm.judgements,
                                   order: ["meeting", "not-yet-meeting"], guidance: standard.bullets))
            }
        } else {
            list.append(radios("on-track", "Is the ECT on track to complete induction successfully?", ["yes": "Yes", "no": "No"],
                               order: ["yes", "no"]))
        }
        list.append(text("evidence", "Summary of the evidence", hint: "What you saw, read and discussed this term", long: true))
        if !form.kind.isFormalAssessment {
            for standard in TeachersStandard.partOne {
                list.append(text("notes-\(standard.fieldKey)", "\(standard.code): \(standard.title) (optional)",
                                 hint: "Progress against this standard, if this term touched it", long: true, guidance: standard.bullets))
            }
        }
        for slot in 1...ReportForm.targetSlots {
            list.append(text("target-\(slot)-text", "Development target \(slot)\(slot == 1 ? "" : " (optional)")", hint: "", long: true))
            list.append(text("target-\(slot)-standards", "Standards target \(slot) serves", hint: "For example, TS2 TS6", long: false))
            list.append(text("target-\(slot)-success", "How success in target \(slot) will be seen", hint: "", long: true))
        }
        switch form.kind {
        case .finalFormalAssessment:
            list.append(radios("recommendation", "The headteacher's recommendation (SG 2.60)", ReportForm.recommendations,
                               order: ["satisfactory", "unsatisfactory", "extension"]))
        case .firstFormalAssessment, .interimAssessment:
            list.append(radios("progress", "Progress towards the standards", ReportForm.progress, order: ["satisfactory", "unsatisfactory"]))
        case .progressReview:
            break
        }
        list.append(text("support-plan", "Support plan", hint: "Required when the ECT is not on track or progress is unsatisfactory", long: true))
        for question in form.questions {
            let name = "question-\(question.id)"
            switch question.answerType {
            case .shortText, .longText:
                list.append(text(name, question.prompt, hint: question.hint, long: question.answerType == .longText))
            case .yesNo:
                list.append(radios(name, question.prompt, ["yes": "Yes", "no": "No"], order: ["yes", "no"], hint: question.hint))
            case .oneChoice:
                list.append(radios(name, question.prompt, Dictionary(question.choices.map { ($0, $0) }) { first, _ in first },
                                   order: question.choices, hint: question.hint))
            }
        }
        return list
    }

    private func base(_ name: String, _ label: String, hint: String, guidance: [String]) -> TemplateFields {
        ["name": .string(name), "label": .string(label), "hint": .string(hint), "error": TemplateValue(errors[name]),
         "value": .string(values[name] ?? ""), "display": .string(values[name] ?? ""), "options": .list([]),
         "guidance": .list(guidance.map { .string($0) }), "hasGuidance": .bool(!guidance.isEmpty),
         "isText": false, "isTextarea": false, "isRadios": false, "isDate": false]
    }

    private func text(_ name: String, _ label: String, hint: String, long: Bool, guidance: [String] = []) -> TemplateValue {
        var field = base(name, label, hint: long ? (hint.isEmpty ? "" : hint + ". ") + "Up to 10,000 characters" : hint,
                         guidance: guidance)
        field[long ? "isTextarea" : "isText"] = true
        return .dictionary(field)
    }

    private func radios(_ name: String, _ label: String, _ options: [String: String], order: [String], hint: String = "",
                        guidance: [String] = []) -> TemplateValue {
        var field = base(name, label, hint: hint, guidance: guidance)
        field["isRadios"] = true
        field["options"] = .list(order.enumerated().map { index, value in
            ["id": .string("\(name)-\(index + 1)"), "value": .string(value), "label": .string(options[value] ?? value),
             "checked": .bool(values[name] == value)]
        })
        field["display"] = .string(values[name].flatMap { options[$0] } ?? values[name] ?? "")
        return .dictionary(field)
    }

    private func date(_ name: String, _ label: String) -> TemplateValue {
        var field = base(name, label, hint: "For example, 15 7 2026", guidance: [])
        field["isDate"] = true
        let parts = ReportFormInput.dateParts(values, name)
        field["day"] = .string(parts.day)
        field["month"] = .string(parts.month)
        field["year"] = .string(parts.year)
        field["display"] = .string(CalendarDate(iso: values[name] ?? "")?.ukLong ?? values[name] ?? "")
        return .dictionary(field)
    }
}
