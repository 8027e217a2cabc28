import Foundation

/// The record-an-absence form as typed: start and end dates (three fields each), the days the ECT
/// was due to work and missed, the category, and for statutory leave the ECT's choice to extend
/// (SG 3.6–3.7). Checked into an `Absence`, with one message per field for people.
public struct AbsenceForm: Sendable, Equatable {
    public static let start = RecordFormDate(name: "start", label: "start date")
    public static let end = RecordFormDate(name: "end", label: "end date")
    public static let inputNames = start.inputNames + end.inputNames + ["days", "category", "extend"]

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The absence, or messages keyed by "start", "end", "days", "category" and "extend". It must fall
    /// inside the induction period at the school, must not overlap one already recorded, and only
    /// statutory leave may be recorded ahead: other absence cannot end after today.
    public func validate(_ limits: AbsenceLimits) -> Result<Absence, ValidationErrors> {
        var errors: [String: String] = [:]
        func read(_ fields: RecordFormDate) -> CalendarDate? {
            switch fields.date(in: values) {
            case .success(let date): return date
            case .failure(let failure): errors.merge(failure.messages) { first, _ in first }; return nil
            }
        }
        let start = read(Self.start)
        let end = read(Self.end)
        if let start, start < limits.periodStart {
            errors["start"] = "The start date must be on or after the induction start date at this school, \(limits.periodStart.ukLong)"
        }
        if let start, let end, end < start {
            errors["end"] = "The end date must be the same as or after the start date"
        } else if let end, let last = limits.periodEnd, end > last {
            errors["end"] = "The end date must be on or before \(last.ukLong), the last day of the induction period at this school"
        }

        let daysText = (values["days"] ?? "").trimmingCharacters(in: .whitespaces)
        let days = daysText.count <= 4 && daysText.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(daysText) : nil
        if daysText.isEmpty {
            errors["days"] = "Enter the number of days absent"
        } else if days == nil {
            errors["days"] = "Days absent must be a whole number, like 5"
        } else if let days, days < 1 {
            errors["days"] = "Days absent must be 1 or more"
        } else if let days, let start, let end, start <= end, days > start.days(to: end) + 1 {
            let span = start.days(to: end) + 1
            errors["days"] = "Days absent must be no more than the \(span) calendar \(span == 1 ? "day" : "days") from the start date to the end date"
        }

        let category = AbsenceCategory(rawValue: values["category"] ?? "")
        let extend = values["extend"] ?? ""
        if category == nil { errors["category"] = "Select the type of absence" }
        if let category, category.isStatutoryLeave, extend != "yes", extend != "no" {
            // SG 3.7: for statutory leave the ECT chooses; the choice must be recorded.
            errors["extend"] = "Select whether the ECT chooses to extend their induction by this leave"
        } else if let category, !category.isStatutoryLeave, extend == "yes" {
            errors["extend"] = "Only statutory leave can extend induction by the ECT’s choice: select no for \(category.label.lowercased())"
        }

        if let category, !category.isStatutoryLeave, let end, end > limits.today, errors["end"] == nil {
            errors["end"] = limits.aheadMessage(category)
        }

        guard errors.isEmpty, let start, let end, let days, let category,
              let absence = Absence(start: start, end: end, days: days, category: category,
                                    ectChoosesToExtend: category.isStatutoryLeave && extend == "yes") else {
            if errors.isEmpty { errors["days"] = "Check the dates and days absent" }
            return .failure(ValidationErrors(errors))
        }
        if let existing = limits.overlap(with: absence) {
            return .failure(ValidationErrors(["start": AbsenceLimits.overlapMessage(existing)]))
        }
        return .success(absence)
    }
}
