import Templates

/// A form's values and errors for a template: `inputs.<name>` for `partials/input` (value as typed,
/// error or null), `<name>` and `<name>Error` for hand-drawn controls, and `errors` for the summary
/// at the top, in the form's order.
struct FormView {
    let fields: [FormField]
    var values: [String: String]
    var errors: [String: String]

    init(fields: [FormField], values: [String: String] = [:], errors: [String: String] = [:]) {
        self.fields = fields
        self.values = values
        self.errors = errors
    }

    init(fields: [FormField], form: FormValues, errors: [String: String] = [:]) {
        self.init(fields: fields, values: Dictionary(uniqueKeysWithValues: fields.map { ($0.name, form[$0.name]) }), errors: errors)
    }

    /// The fields' errors, in the form's order; pages with other controls add theirs to it.
    var summary: ErrorSummary { ErrorSummary(errors, keys: fields.map(\.name)) }

    var templateValues: TemplateFields {
        var result: TemplateFields = [:]
        var inputs: TemplateFields = [:]
        for field in fields {
            let value = field.echoesValue ? values[field.name] ?? "" : ""
            result[field.name] = .string(value)
            result[field.name + "Error"] = TemplateValue(errors[field.name])
            inputs[field.name] = [
                "name": .string(field.name), "label": .string(field.label), "type": .string(field.type),
                "autocomplete": .string(field.autocomplete), "hint": .string(field.hint), "width": .string(field.width),
                "value": .string(value), "error": TemplateValue(errors[field.name]),
            ]
        }
        result["inputs"] = .dictionary(inputs)
        result.merge(summary.templateValues) { _, new in new }
        return result
    }
}
