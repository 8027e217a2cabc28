import Induction
import Templates

/// Template values for the term dates pages: a year's summary for the list, and the edit form's
/// twelve GOV.UK date inputs (day, month, year: each term's start, half term and end) with their
/// errors and the error summary.
struct TermDatesView {
    let academicYear: Int
    let isSet: Bool
    let form: TermDatesForm
    let errors: [String: String]

    /// "2026 to 2027"
    static func yearLabel(_ year: Int) -> String { "\(year) to \(year + 1)" }

    static func source(isSet: Bool) -> TemplateFields {
        ["sourceLabel": .string(isSet ? "Set by you" : "England defaults"), "sourceTag": .string(isSet ? "tag--blue" : "tag--grey")]
    }

    static func summary(academicYear year: Int, stored: AcademicYearTerms?) -> TemplateValue {
        let terms = stored ?? .englandDefault(academicYear: year)
        var values: TemplateFields = [
            "year": .int(year),
            "yearLabel": .string(yearLabel(year)),
            "editHref": .string("/admin/term-dates/\(year)"),
            "terms": .list(terms.terms.map { term in
                ["termName": .string(term.label), "start": .string(term.start.ukLong), "startISO": .string(term.start.iso),
                 "end": .string(term.end.ukLong), "endISO": .string(term.end.iso),
                 "halfTerm": term.halfTerm.map { half -> TemplateValue in
                     ["start": .string(half.lowerBound.ukLong), "startISO": .string(half.lowerBound.iso),
                      "end": .string(half.upperBound.ukLong), "endISO": .string(half.upperBound.iso)]
                 } ?? .null]
            }),
        ]
        values.merge(source(isSet: stored != nil)) { _, new in new }
        return .dictionary(values)
    }

    var values: TemplateFields {
        let defaults = AcademicYearTerms.englandDefault(academicYear: academicYear)
        let dates = TermDateField.allCases.map { field -> TemplateValue in
            let typed = { (part: String) in TemplateValue.string(form.values["\(field.rawValue)-\(part)"] ?? "") }
            let example = field.date(in: defaults)!
            return [
                "field": .string(field.rawValue),
                "legend": .string(field.label),
                "example": .string("\(example.day) \(example.month) \(example.year)"),
                "day": typed("day"), "month": typed("month"), "year": typed("year"),
                "error": TemplateValue(errors[field.rawValue]),
            ]
        }
        // The summary links to each date's first box, as the GOV.UK date input pattern does.
        let summary = ErrorSummary(errors, order: TermDateField.allCases.map { ($0.rawValue, "\($0.rawValue)-day") })
        var values: TemplateFields = [
            "academicYear": .int(academicYear),
            "yearLabel": .string(Self.yearLabel(academicYear)),
            "action": .string("/admin/term-dates/\(academicYear)"),
            "resetAction": .string("/admin/term-dates/\(academicYear)/reset"),
            "isSet": .bool(isSet),
            "firstDay": .string(CalendarDate(year: academicYear, month: 8, day: 1)!.ukLong),
            "lastDay": .string(CalendarDate(year: academicYear + 1, month: 8, day: 31)!.ukLong),
            "dates": .list(dates),
        ]
        values.merge(summary.templateValues) { _, new in new }
        values.merge(Self.source(isSet: isSet)) { _, new in new }
        return values
    }
}
