/// A mentor meeting as typed (issue 11 item 2): the date, the focus and the next step agreed.
public struct MentorMeetingForm: Sendable, Equatable {
    public static let met = RecordFormDate(name: "met", label: "date of the meeting")
    public static let inputNames = ["focus", "nextStep"] + met.inputNames

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The entry, or messages keyed by "met", "focus" and "nextStep".
    public func validate(today: CalendarDate) -> Result<MentorMeetingEntry, ValidationErrors> {
        var errors: [String: String] = [:]
        let metOn = ObservationDates.checked(Self.met, in: values, today: today, earliest: ObservationForm.earliest, into: &errors)
        let focus = (values["focus"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if focus.isEmpty { errors["focus"] = "Enter what the meeting was about" } else if focus.count > 500 {
            errors["focus"] = "The focus must be 500 characters or fewer"
        }
        let nextStep = (values["nextStep"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if nextStep.isEmpty { errors["nextStep"] = "Enter the next step you agreed" } else if nextStep.count > 2000 {
            errors["nextStep"] = "The next step must be 2,000 characters or fewer"
        }
        guard errors.isEmpty, let metOn else { return .failure(ValidationErrors(errors)) }
        return .success(MentorMeetingEntry(metOn: metOn, focus: focus, nextStep: nextStep))
    }
}
