import Foundation

/// The school's leaving form as typed: the last day in post (three fields) and the next school if
/// known (SG 2.62–2.63).
public struct LeavingForm: Sendable, Equatable {
    public static let leaving = RecordFormDate(name: "leaving", label: "leaving date")
    public static let inputNames = leaving.inputNames + ["nextSchool"]

    public var values: [String: String]

    public init(values: [String: String] = [:]) { self.values = values }

    /// The leaving date and next school, or messages keyed by "leaving" and "nextSchool". The period
    /// must still hold every absence the school recorded in it (`lastAbsence`).
    public func validate(inductionStart: CalendarDate, lastAbsence: StoredAbsence? = nil)
        -> Result<(date: CalendarDate, nextSchool: String), ValidationErrors> {
        var errors: [String: String] = [:]
        var date: CalendarDate?
        switch Self.leaving.date(in: values) {
        case .success(let value): date = value
        case .failure(let failure): errors.merge(failure.messages) { first, _ in first }
        }
        if let date, date < inductionStart {
            errors["leaving"] = "The leaving date must be on or after the induction start date, \(inductionStart.ukLong)"
        } else if let date, let absence = lastAbsence, date < absence.absence.end {
            errors["leaving"] = "The leaving date must be on or after \(absence.absence.end.ukLong), the end of the absence recorded "
                + "(\(absence.description)); correct that absence first if it is wrong"
        }
        let nextSchool = (values["nextSchool"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if nextSchool.count > 200 { errors["nextSchool"] = "The next school must be 200 characters or fewer" }
        guard errors.isEmpty, let date else { return .failure(ValidationErrors(errors)) }
        return .success((date, nextSchool))
    }
}
