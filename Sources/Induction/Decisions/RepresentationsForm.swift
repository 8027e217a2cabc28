/// The ECT's written representations as the officer records them: the day they arrived and a summary.
public struct RepresentationsForm: Sendable, Equatable {
    public static let received = RecordFormDate(name: "received", label: "date the representations were received")
    public static let inputNames = ["summary"] + received.inputNames

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The date and summary, or messages keyed by "received" and "summary".
    public func validate() -> Result<(receivedOn: CalendarDate, summary: String), ValidationErrors> {
        var errors: [String: String] = [:]
        var received: CalendarDate?
        switch Self.received.date(in: values) {
        case .success(let date): received = date
        case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
        }
        let summary = (values["summary"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.isEmpty { errors["summary"] = DecisionRefusal.summaryNeeded.message }
        if summary.count > DecisionRefusal.summaryLimit { errors["summary"] = DecisionRefusal.summaryTooLong.message }
        guard errors.isEmpty, let received else { return .failure(ValidationErrors(errors)) }
        return .success((received, summary))
    }
}
