import Foundation

/// A GOV.UK date input on the record's forms (absence, leaving): three fields named "<name>-day",
/// "<name>-month" and "<name>-year", read into one date with the pattern's messages.
public struct RecordFormDate: Sendable, Equatable {
    public let name: String
    /// "start date": used in messages, lower case.
    public let label: String

    public var inputNames: [String] { ["day", "month", "year"].map { "\(name)-\($0)" } }

    public func date(in values: [String: String]) -> Result<CalendarDate, ValidationErrors> {
        let parts = inputNames.map { (values[$0] ?? "").trimmingCharacters(in: .whitespaces) }
        let fail = { (message: String) in Result<CalendarDate, ValidationErrors>.failure(ValidationErrors([name: message])) }
        if parts.allSatisfy(\.isEmpty) { return fail("Enter the \(label)") }
        let missing = zip(["day", "month", "year"], parts).filter { $1.isEmpty }.map(\.0)
        let title = label.prefix(1).uppercased() + label.dropFirst()
        if !missing.isEmpty { return fail("\(title) must include a \(missing.joined(separator: " and "))") }
        let numbers = parts.map { $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } ? Int($0) : nil }
        guard let day = numbers[0], let month = numbers[1], let year = numbers[2], parts[2].count == 4,
              let date = CalendarDate(year: year, month: month, day: day) else {
            return fail("\(title) must be a real date")
        }
        return .success(date)
    }
}
