/// The six dates of an academic year's terms, as the term dates form and the `term_dates` table name them.
public enum TermDateField: String, CaseIterable, Sendable {
    case autumnStart, autumnEnd, springStart, springEnd, summerStart, summerEnd

    /// "autumn_start": the table's column.
    public var column: String {
        rawValue.replacingOccurrences(of: "Start", with: "_start").replacingOccurrences(of: "End", with: "_end")
    }

    /// "Autumn term start date": the form's legend.
    public var label: String {
        let term = String(rawValue.prefix { $0.isLowercase })
        return "\(term.prefix(1).uppercased())\(term.dropFirst()) term \(rawValue.hasSuffix("Start") ? "start" : "end") date"
    }

    public func date(in terms: AcademicYearTerms) -> CalendarDate {
        switch self {
        case .autumnStart: terms.autumn.start
        case .autumnEnd: terms.autumn.end
        case .springStart: terms.spring.start
        case .springEnd: terms.spring.end
        case .summerStart: terms.summer.start
        case .summerEnd: terms.summer.end
        }
    }
}
