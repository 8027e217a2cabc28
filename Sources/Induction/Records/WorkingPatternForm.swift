import Foundation

/// A change of working pattern as typed: the day it takes effect (three fields) and the new FTE.
/// The calendar reads each change from its date (`fte_changes`).
public struct WorkingPatternForm: Sendable, Equatable {
    public static let effective = RecordFormDate(name: "effective", label: "date the change takes effect")
    public static let inputNames = effective.inputNames + ["fte"]

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The change, or messages keyed by "effective" and "fte". It must fall inside the induction
    /// period at the school (not before its start, not after a leaving date) and not on a day that
    /// already has a change.
    public func validate(record: ECTRecord) -> Result<FTEChange, ValidationErrors> {
        var errors: [String: String] = [:]
        var date: CalendarDate?
        switch Self.effective.date(in: values) {
        case .success(let value): date = value
        case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
        }
        if let day = date, day < record.startDate {
            errors["effective"] = "The change must take effect on or after the induction start date at this school, \(record.startDate.ukLong)"
        } else if let day = date, let last = record.period?.endDate, day > last {
            errors["effective"] = "The change must take effect on or before \(last.ukLong), when the ECT leaves this school"
        } else if let day = date, let existing = record.fteChanges.first(where: { $0.effective == day }) {
            errors["effective"] = "A change to \(existing.fte.decimal) FTE is already recorded from \(day.ukLong): choose another date"
        }
        let text = (values["fte"] ?? "").trimmingCharacters(in: .whitespaces)
        let fte = ECTRegistrationForm.fte(text)
        if text.isEmpty {
            errors["fte"] = "Enter the new working pattern"
        } else if fte == nil {
            errors["fte"] = "Enter the working pattern as a number from 0.1 to 1.0, like 0.8"
        } else if let fte, let day = date, errors["effective"] == nil, record.calendarInput.fte(on: day) == fte {
            errors["fte"] = "The working pattern on \(day.ukLong) is already \(fte.decimal) FTE"
        }
        guard errors.isEmpty, let date, let fte else { return .failure(ValidationErrors(errors)) }
        return .success(FTEChange(effective: date, fte: fte))
    }
}
