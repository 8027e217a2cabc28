import Induction

/// The school's fields as posted: every field the form names (absent ones blank), the meeting date
/// from its three boxes. What was typed is kept for the form shown again.
struct ReportFormInput {
    let fields: [String: String]
    /// Exactly as typed, the date's three boxes included, for showing the form again.
    let typed: [String: String]

    init(_ form: FormValues, for reportForm: ReportForm) {
        var fields: [String: String] = [:]
        var typed: [String: String] = [:]
        for name in reportForm.schoolFields + reportForm.questions.map({ "question-\($0.id)" }) {
            fields[name] = form[name].replacingOccurrences(of: "\r\n", with: "\n")
            typed[name] = fields[name]
        }
        if reportForm.kind.isFormalAssessment {
            let (day, month, year) = (form["meeting-date-day"], form["meeting-date-month"], form["meeting-date-year"])
            typed["meeting-date-day"] = day
            typed["meeting-date-month"] = month
            typed["meeting-date-year"] = year
            let blank = [day, month, year].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            if blank {
                fields["meeting-date"] = ""
            } else if let y = Int(year.trimmingCharacters(in: .whitespaces)), let m = Int(month.trimmingCharacters(in: .whitespaces)),
                      let d = Int(day.trimmingCharacters(in: .whitespaces)), let date = CalendarDate(year: y, month: m, day: d) {
                fields["meeting-date"] = date.iso
            } else {
                fields["meeting-date"] = "not a date"
            }
        }
        self.fields = fields
        self.typed = typed
    }

    /// The date's boxes: as typed when the form comes back, else from the stored ISO date.
    static func dateParts(_ values: [String: String], _ name: String) -> (day: String, month: String, year: String) {
        if let day = values["\(name)-day"] { return (day, values["\(name)-month"] ?? "", values["\(name)-year"] ?? "") }
        guard let date = CalendarDate(iso: values[name] ?? "") else { return ("", "", "") }
        return (String(date.day), String(date.month), String(date.year))
    }
}
