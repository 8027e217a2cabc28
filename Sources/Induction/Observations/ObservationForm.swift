/// A lesson observation as typed (issue 11 item 2): the date, the observer and their confirmation that
/// they hold QTS, the focus, the feedback and the development needs agreed.
public struct ObservationForm: Sendable, Equatable {
    public static let observed = RecordFormDate(name: "observed", label: "date of the observation")
    public static let inputNames = ["observer", "observerHoldsQTS", "focus", "feedback", "developmentNeeds"] + observed.inputNames
    public static let earliest = CalendarDate(year: 2021, month: 9, day: 1)!

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The entry, or messages keyed by "observed", "observer", "observerHoldsQTS", "focus", "feedback"
    /// and "developmentNeeds".
    public func validate(today: CalendarDate) -> Result<ObservationEntry, ValidationErrors> {
        var errors: [String: String] = [:]
        let observedOn = ObservationDates.checked(Self.observed, in: values, today: today, earliest: Self.earliest, into: &errors)
        let observer = text("observer")
        if observer.isEmpty { errors["observer"] = "Enter the name of the observer" } else if observer.count > 200 {
            errors["observer"] = "The observer’s name must be 200 characters or fewer"
        }
        let holdsQTS = values["observerHoldsQTS"] == "yes"
        if !holdsQTS { errors["observerHoldsQTS"] = "Confirm that the observer holds qualified teacher status (QTS)" }
        let focus = text("focus")
        if focus.isEmpty { errors["focus"] = "Enter the focus of the observation" } else if focus.count > 500 {
            errors["focus"] = "The focus must be 500 characters or fewer"
        }
        let feedback = text("feedback")
        if feedback.isEmpty { errors["feedback"] = "Enter the feedback given to the ECT" } else if feedback.count > 5000 {
            errors["feedback"] = "The feedback must be 5,000 characters or fewer"
        }
        let needs = text("developmentNeeds")
        if needs.count > 2000 { errors["developmentNeeds"] = "The development needs must be 2,000 characters or fewer" }
        guard errors.isEmpty, let observedOn else { return .failure(ValidationErrors(errors)) }
        return .success(ObservationEntry(observedOn: observedOn, observerName: observer, observerHoldsQTS: holdsQTS, focus: focus,
                                         feedback: feedback, developmentNeeds: needs))
    }

    private func text(_ name: String) -> String {
        (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
