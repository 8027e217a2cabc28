/// The day the decision's notices went to the ECT, headteacher and employer (SG 2.69), and for a fail
/// or an extension the day the Teaching Regulation Agency was told.
public struct NoticesForm: Sendable, Equatable {
    public static let sent = RecordFormDate(name: "sent", label: "date the notices were sent")
    public static let agencyTold = RecordFormDate(name: "tra", label: "date the Teaching Regulation Agency was told")
    public static let inputNames = sent.inputNames + agencyTold.inputNames

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The dates, or messages keyed by "sent" and "tra". The agency's date is optional here; the verb
    /// refuses it for a pass.
    public func validate() -> Result<(sentOn: CalendarDate, agencyToldOn: CalendarDate?), ValidationErrors> {
        var errors: [String: String] = [:]
        var sent: CalendarDate?
        switch Self.sent.date(in: values) {
        case .success(let date): sent = date
        case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
        }
        var told: CalendarDate?
        if Self.agencyTold.inputNames.contains(where: { !(values[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }) {
            switch Self.agencyTold.date(in: values) {
            case .success(let date): told = date
            case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
            }
        }
        guard errors.isEmpty, let sent else { return .failure(ValidationErrors(errors)) }
        return .success((sent, told))
    }
}
