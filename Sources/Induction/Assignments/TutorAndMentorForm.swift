/// The record page's "tutor and mentor" form as typed: a select of eligible accounts for each role
/// ("" for nobody) and the date the change takes effect (three fields).
public struct TutorAndMentorForm: Sendable, Equatable {
    public static let from = RecordFormDate(name: "from", label: "date the change takes effect")
    public static let inputNames = ["tutor", "mentor"] + from.inputNames

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The choice, or messages keyed by "tutor", "mentor" and "from". Eligibility is the service's check.
    public func validate(today: CalendarDate) -> Result<TutorAndMentorChoice, ValidationErrors> {
        var errors: [String: String] = [:]
        let tutor = Self.account(values["tutor"], "tutor", "Select the induction tutor from the list", &errors)
        let mentor = Self.account(values["mentor"], "mentor", "Select the mentor from the list", &errors)
        var date: CalendarDate?
        switch Self.from.date(in: values) {
        case .success(let value): date = value
        case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
        }
        if let date, date > today { errors["from"] = "The date the change takes effect must be today or in the past" }
        guard errors.isEmpty, let date else { return .failure(ValidationErrors(errors)) }
        return .success(TutorAndMentorChoice(tutorUserID: tutor, mentorUserID: mentor, from: date))
    }

    /// "" is nobody; anything else must be an account id.
    static func account(_ text: String?, _ field: String, _ message: String, _ errors: inout [String: String]) -> Int? {
        let clean = (text ?? "").trimmingCharacters(in: .whitespaces)
        if clean.isEmpty { return nil }
        guard clean.count <= 18, let id = Int(clean), id > 0 else { errors[field] = message; return nil }
        return id
    }
}
