import Induction
import Templates

/// The programme check's values: a school's checks as rows, and the form, prefilled from this year's
/// check when there is one so re-recording starts from what was said.
struct ProgrammeCheckView {
    static func row(_ check: ProgrammeCheck) -> TemplateValue {
        [
            "year": .string(check.year.label), "checkedOn": .string(check.checkedOn.ukLong), "checkedOnISO": .string(check.checkedOn.iso),
            "outcome": .string(check.outcome.label), "outcomeTag": .string(check.outcome.tagClass),
            "notes": TemplateValue(check.notes.isEmpty ? nil : check.notes),
            "followUp": TemplateValue(check.followUp.isEmpty ? nil : check.followUp),
            "followUpBy": TemplateValue(check.followUpBy?.ukLong), "recordedBy": .string(check.recordedBy),
        ]
    }

    static func typed(from check: ProgrammeCheck?) -> [String: String] {
        guard let check else { return [:] }
        var values = ["outcome": check.outcome.rawValue, "notes": check.notes, "followUp": check.followUp,
                      "checked-day": "\(check.checkedOn.day)", "checked-month": "\(check.checkedOn.month)",
                      "checked-year": "\(check.checkedOn.year)"]
        if let by = check.followUpBy {
            values["followUpBy-day"] = "\(by.day)"
            values["followUpBy-month"] = "\(by.month)"
            values["followUpBy-year"] = "\(by.year)"
        }
        return values
    }

    static func form(typed: [String: String], errors: [String: String]) -> TemplateFields {
        var page: TemplateFields = [
            "outcomes": RecordFormParts.radios(ProgrammeCheckOutcome.allCases.map { ($0.rawValue, $0.label) }, selected: typed["outcome"] ?? ""),
            "outcomeError": TemplateValue(errors["outcome"]),
            "checkedDate": RecordFormParts.dateInput(ProgrammeCheckForm.checked, legend: "Date of the check", example: "14 10 2026",
                                                     values: typed, errors: errors),
            "notes": .string(typed["notes"] ?? ""), "notesError": TemplateValue(errors["notes"]),
            "followUp": .string(typed["followUp"] ?? ""), "followUpError": TemplateValue(errors["followUp"]),
            "followUpByDate": RecordFormParts.dateInput(ProgrammeCheckForm.followUpBy, legend: "Follow up by (optional)",
                                                        example: "15 1 2027", values: typed, errors: errors),
        ]
        page.merge(ErrorSummary(errors, order: [("outcome", "outcome-\(ProgrammeCheckOutcome.coversInFull.rawValue)"),
                                                 ("checked", "checked-day"), ("notes", "notes"), ("followUp", "followUp"),
                                                 ("followUpBy", "followUpBy-day")]).templateValues) { _, new in new }
        return page
    }
}
