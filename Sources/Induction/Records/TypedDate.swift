import Foundation

/// A GOV.UK three-field date (day, month, year) exactly as typed, kept so a re-rendered form loses nothing.
public struct TypedDate: Sendable, Equatable {
    public var day: String
    public var month: String
    public var year: String

    public init(day: String = "", month: String = "", year: String = "") {
        self.day = day
        self.month = month
        self.year = year
    }

    public init(_ date: CalendarDate) {
        self.init(day: String(date.day), month: String(date.month), year: String(date.year))
    }

    /// The date, or the message for `label` ("Date of birth"): missing parts, then not a real date.
    public func parse(_ label: String) -> Result<CalendarDate, TypedDateError> {
        let parts = [day, month, year].map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.allSatisfy(\.isEmpty) { return .failure(TypedDateError("Enter the \(Self.midSentence(label))")) }
        let missing = zip(["day", "month", "year"], parts).filter { $0.1.isEmpty }.map(\.0)
        if !missing.isEmpty {
            return .failure(TypedDateError("\(label) must include a \(missing.joined(separator: " and a "))"))
        }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              let date = CalendarDate(year: y, month: m, day: d) else {
            return .failure(TypedDateError("\(label) must be a real date"))
        }
        return .success(date)
    }

    /// "Date of birth" becomes "date of birth"; "QTS award date" keeps its capitals.
    static func midSentence(_ label: String) -> String {
        guard let first = label.first, label.dropFirst().first?.isLowercase == true else { return label }
        return first.lowercased() + label.dropFirst()
    }
}
