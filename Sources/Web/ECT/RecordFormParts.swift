import HTTP
import Induction
import Templates

/// Pieces the record's forms share: the ECT the form is about, a GOV.UK date input's values and the
/// audit line for a rejected form.
enum RecordFormParts {
    /// The record, or 404.
    static func record(_ context: RequestContext, services: Services) throws -> ECTRecord {
        let id = try context.id("ectID")
        guard let record = try services.reader.ectRecord(id: id) else { throw HTTPError.notFound }
        return record
    }

    /// The form's typed values, exactly as sent.
    static func typed(_ context: RequestContext, _ names: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, context.form[$0]) })
    }

    /// Values for `partials/date_input`.
    static func dateInput(_ field: RecordFormDate, legend: String, example: String, values: [String: String],
                          errors: [String: String]) -> TemplateValue {
        [
            "field": .string(field.name), "legend": .string(legend), "example": .string(example),
            "day": .string(values["\(field.name)-day"] ?? ""), "month": .string(values["\(field.name)-month"] ?? ""),
            "year": .string(values["\(field.name)-year"] ?? ""), "error": TemplateValue(errors[field.name]),
        ]
    }

    /// Radio buttons: value, label, checked, and a hint when given.
    static func radios(_ options: [(value: String, label: String)], selected: String) -> TemplateValue {
        .list(options.map { ["value": .string($0.value), "label": .string($0.label), "checked": .bool($0.value == selected)] })
    }

    /// Rejected forms are audited like the others: field names only, never what was typed.
    static func auditRejected(_ context: RequestContext, services: Services, form: String, ectID: Int, errors: [String: String]) {
        guard context.principal != nil else { return }
        services.audit(AuditEvent(author: context.author, action: .formRejected, recordType: form, recordID: ectID,
                                  detail: "fields: " + errors.keys.sorted().joined(separator: ", ")))
    }

    static func common(_ record: ECTRecord) -> TemplateFields {
        ["ectName": .string(record.ect.fullName), "recordHref": .string("/ects/\(record.ect.id)"),
         "inductionStart": .string(record.startDate.ukLong)]
    }
}
