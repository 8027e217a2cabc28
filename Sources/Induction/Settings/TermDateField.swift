/// The twelve dates of an academic year's terms and their half terms, as the term dates form and
/// the `term_dates` table name them, in the order the form shows them.
public enum TermDateField: String, CaseIterable, Sendable {
    case autumnStart, autumnHalfTermStart, autumnHalfTermEnd, autumnEnd
    case springStart, springHalfTermStart, springHalfTermEnd, springEnd
    case summerStart, summerHalfTermStart, summerHalfTermEnd, summerEnd

    /// The term start and end dates, in order.
    public static let termBounds: [TermDateField] = [.autumnStart, .autumnEnd, .springStart, .springEnd, .summerStart, .summerEnd]

    public var term: TermName {
        if rawValue.hasPrefix("autumn") { return .autumn }
        return rawValue.hasPrefix("spring") ? .spring : .summer
    }

    public var isHalfTerm: Bool { rawValue.contains("HalfTerm") }
    public var isStart: Bool { rawValue.hasSuffix("Start") }

    /// "autumn_start", "autumn_half_term_start": the table's column.
    public var column: String {
        "\(term.label.lowercased())\(isHalfTerm ? "_half_term" : "")_\(isStart ? "start" : "end")"
    }

    /// "Autumn term start date", "Autumn half term start date": the form's legend.
    public var label: String {
        "\(term.label) \(isHalfTerm ? "half term" : "term") \(isStart ? "start" : "end") date"
    }

    /// The date in `terms`; nil for a half term the year does not record.
    public func date(in terms: AcademicYearTerms) -> CalendarDate? {
        let term = terms.term(self.term)
        guard isHalfTerm else { return isStart ? term.start : term.end }
        return isStart ? term.halfTerm?.lowerBound : term.halfTerm?.upperBound
    }
}
