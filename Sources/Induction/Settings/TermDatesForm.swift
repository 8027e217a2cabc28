import Foundation

/// The term dates form as typed: twelve GOV.UK date inputs (each term's start, half term and end),
/// each three fields named
/// "<field>-day", "<field>-month" and "<field>-year" (`TermDateField`). Checked into one academic
/// year's terms, with one message per date for people.
public struct TermDatesForm: Sendable, Equatable {
    public var values: [String: String]

    public init(values: [String: String]) {
        self.values = values
    }

    /// The form filled from a year's dates.
    public init(_ terms: AcademicYearTerms) {
        var values: [String: String] = [:]
        for field in TermDateField.allCases {
            guard let date = field.date(in: terms) else { continue }
            values["\(field.rawValue)-day"] = String(date.day)
            values["\(field.rawValue)-month"] = String(date.month)
            values["\(field.rawValue)-year"] = String(date.year)
        }
        self.values = values
    }

    public static var inputNames: [String] {
        TermDateField.allCases.flatMap { field in ["day", "month", "year"].map { "\(field.rawValue)-\($0)" } }
    }

    /// The year's terms, or a message for each date that is wrong (keyed by `TermDateField.rawValue`).
    public func validate(academicYear: Int) -> Result<AcademicYearTerms, ValidationErrors> {
        var errors: [String: String] = [:]
        var dates: [TermDateField: CalendarDate] = [:]
        for field in TermDateField.allCases {
            switch date(field) {
            case .success(let date): dates[field] = date
            case .failure(let message): errors[field.rawValue] = message.messages[field.rawValue]
            }
        }
        let first = CalendarDate(year: academicYear, month: 8, day: 1)!
        let last = CalendarDate(year: academicYear + 1, month: 8, day: 31)!
        for field in TermDateField.allCases {
            guard let date = dates[field], errors[field.rawValue] == nil else { continue }
            if date < first || date > last {
                errors[field.rawValue] = "\(field.label) must be between \(first.ukLong) and \(last.ukLong)"
            }
        }
        // Each term date must come after the one before it: start before end, and terms in order.
        let fields = TermDateField.termBounds
        for (earlier, later) in zip(fields, fields.dropFirst()) {
            guard let before = dates[earlier], let after = dates[later], errors[later.rawValue] == nil,
                  errors[earlier.rawValue] == nil, after <= before else { continue }
            errors[later.rawValue] = later.rawValue.hasSuffix("End")
                ? "\(later.label) must be after the start date"
                : "\(later.label) must be after the \(earlier.label.lowercased())"
        }
        checkHalfTerms(dates, &errors)
        guard errors.isEmpty, let terms = AcademicYearTerms(
            academicYear: academicYear,
            autumn: (dates[.autumnStart]!, dates[.autumnEnd]!),
            spring: (dates[.springStart]!, dates[.springEnd]!),
            summer: (dates[.summerStart]!, dates[.summerEnd]!),
            halfTerms: Dictionary(uniqueKeysWithValues: TermName.allCases.map { name in
                let (start, end) = Self.halfTermFields(name)
                return (name, dates[start]!...dates[end]!)
            }))
        else {
            if errors.isEmpty { errors[TermDateField.autumnStart.rawValue] = "Check the term dates are in order" }
            return .failure(ValidationErrors(errors))
        }
        return .success(terms)
    }

    /// A half term must fall inside its term: it starts after the term starts, ends on or after it
    /// starts, and ends before the term ends.
    private func checkHalfTerms(_ dates: [TermDateField: CalendarDate], _ errors: inout [String: String]) {
        for name in TermName.allCases {
            let (startField, endField) = Self.halfTermFields(name)
            let term = TermDateField.termBounds.filter { $0.term == name }
            let termName = name.label.lowercased()
            if let start = dates[startField], let termStart = dates[term[0]], errors[startField.rawValue] == nil,
               errors[term[0].rawValue] == nil, start <= termStart {
                errors[startField.rawValue] = "\(startField.label) must be after the \(termName) term start date"
            }
            guard let end = dates[endField], errors[endField.rawValue] == nil else { continue }
            if let start = dates[startField], errors[startField.rawValue] == nil, end < start {
                errors[endField.rawValue] = "\(endField.label) must be the same as or after the half term start date"
            } else if let termEnd = dates[term[1]], errors[term[1].rawValue] == nil, end >= termEnd {
                errors[endField.rawValue] = "\(endField.label) must be before the \(termName) term end date"
            }
        }
    }

    static func halfTermFields(_ name: TermName) -> (start: TermDateField, end: TermDateField) {
        let fields = TermDateField.allCases.filter { $0.term == name && $0.isHalfTerm }
        return (fields[0], fields[1])
    }

    /// One date from its three fields, with the GOV.UK date input's messages.
    private func date(_ field: TermDateField) -> Result<CalendarDate, ValidationErrors> {
        let parts = ["day", "month", "year"].map {
            (values["\(field.rawValue)-\($0)"] ?? "").trimmingCharacters(in: .whitespaces)
        }
        let fail = { (message: String) in Result<CalendarDate, ValidationErrors>.failure(ValidationErrors([field.rawValue: message])) }
        if parts.allSatisfy(\.isEmpty) { return fail("Enter the \(field.label.lowercased())") }
        let missing = zip(["day", "month", "year"], parts).filter { $1.isEmpty }.map(\.0)
        if !missing.isEmpty {
            return fail("\(field.label) must include a \(missing.joined(separator: " and "))")
        }
        let numbers = parts.map { $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } ? Int($0) : nil }
        guard let day = numbers[0], let month = numbers[1], let year = numbers[2], parts[2].count == 4,
              let date = CalendarDate(year: year, month: month, day: day) else {
            return fail("\(field.label) must be a real date")
        }
        return .success(date)
    }
}
