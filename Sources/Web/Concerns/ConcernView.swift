import Induction
import Templates

/// An ECT's concern as the ECT's and the appropriate body's pages show it.
enum ConcernView {
    static func values(_ concern: ECTConcern) -> TemplateValue {
        [
            "id": .int(concern.id), "subject": .string(concern.subject), "ectName": .string(concern.ectName),
            "schoolName": .string(concern.schoolName), "raisedAt": .string(DisplayTime.format(concern.raisedAt)),
            "raisedAtISO": .string(concern.raisedAt), "state": .string(concern.state.label),
            "stateTag": .string(concern.state == .open ? "tag--blue" : "tag--green"), "isOpen": .bool(concern.state == .open),
            "paragraphs": paragraphs(concern.body), "href": .string("/ab/concerns/\(concern.id)"),
            "reply": concern.reply.map { reply in
                ["paragraphs": paragraphs(reply), "by": .string(concern.repliedByName ?? "The appropriate body"),
                 "at": .string(concern.repliedAt.map(DisplayTime.format) ?? ""), "atISO": .string(concern.repliedAt ?? "")]
            } ?? .null,
        ]
    }

    /// Typed text as paragraphs, one per non-empty line, so nothing needs raw HTML.
    static func paragraphs(_ text: String) -> TemplateValue {
        .list(text.split(whereSeparator: \.isNewline).map { .string(String($0)) })
    }

    /// The form's values, typed text kept, with an error message per field.
    static func form(_ typed: [String: String], errors: [String: String], keys: [String]) -> TemplateFields {
        var values = ErrorSummary(errors, keys: keys).templateValues
        for key in keys {
            values[key] = .string(typed[key] ?? "")
            values[key + "Error"] = TemplateValue(errors[key])
        }
        return values
    }
}
