/// The programme check as typed (issue 10 item 7): the date, the outcome, notes, and what the school
/// must do next with an optional date to do it by.
public struct ProgrammeCheckForm: Sendable, Equatable {
    public static let checked = RecordFormDate(name: "checked", label: "date of the check")
    public static let followUpBy = RecordFormDate(name: "followUpBy", label: "follow-up date")
    public static let inputNames = ["outcome", "notes", "followUp"] + checked.inputNames + followUpBy.inputNames
    public static let earliest = CalendarDate(year: 2021, month: 9, day: 1)!

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The entry, or messages keyed by "outcome", "checked", "notes", "followUp" and "followUpBy".
    public func validate(today: CalendarDate) -> Result<ProgrammeCheckEntry, ValidationErrors> {
        var errors: [String: String] = [:]
        let outcome = ProgrammeCheckOutcome(rawValue: values["outcome"] ?? "")
        if outcome == nil { errors["outcome"] = "Choose what the check found" }
        var checkedOn: CalendarDate?
        switch Self.checked.date(in: values) {
        case .success(let date) where date > today: errors["checked"] = "The date of the check must be today or in the past"
        case .success(let date) where date < Self.earliest:
            errors["checked"] = "The date of the check must be on or after 1 September 2021, when the framework began"
        case .success(let date): checkedOn = date
        case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
        }
        let notes = (values["notes"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if notes.count > 5000 { errors["notes"] = "Notes must be 5,000 characters or fewer" }
        let followUp = (values["followUp"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if followUp.count > 2000 {
            errors["followUp"] = "The follow-up must be 2,000 characters or fewer"
        } else if followUp.isEmpty, let outcome, outcome != .coversInFull {
            errors["followUp"] = "Enter what the school must do to cover the framework in full"
        }
        var followUpBy: CalendarDate?
        if Self.followUpBy.inputNames.contains(where: { !(values[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }) {
            switch Self.followUpBy.date(in: values) {
            case .success(let date) where checkedOn.map({ date < $0 }) ?? false:
                errors["followUpBy"] = "The follow-up date must be on or after the date of the check"
            case .success(let date): followUpBy = date
            case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
            }
        }
        guard errors.isEmpty, let outcome, let checkedOn else { return .failure(ValidationErrors(errors)) }
        return .success(ProgrammeCheckEntry(checkedOn: checkedOn, outcome: outcome, notes: notes, followUp: followUp, followUpBy: followUpBy))
    }
}
