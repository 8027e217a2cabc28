import HTTP
import Induction
import Templates

/// A term chosen with `?term=2025-autumn` (the fee statement, the governors' report); without one,
/// the term that ended most recently. Options cover this academic year and the two before.
struct TermChoice {
    let year: Int
    let name: TermName

    init(_ request: HTTPRequest, today: CalendarDate) {
        let parts = (request.queryValue("term") ?? "").split(separator: "-")
        if parts.count == 2, let year = Int(parts[0]), (2021...2100).contains(year),
           let name = TermName.allCases.first(where: { $0.label.lowercased() == parts[1] }) {
            (self.year, self.name) = (year, name)
            return
        }
        let year = TermDates.academicYear(of: today)
        let terms = TermDates.englandDefaults.year(year - 1).terms + TermDates.englandDefaults.year(year).terms
        let ended = terms.last { $0.end < today } ?? terms[0]
        (self.year, self.name) = (ended.academicYear, ended.name)
    }

    static func key(_ term: SchoolTerm) -> String { "\(term.academicYear)-\(term.name.label.lowercased())" }

    /// The `<select>` options, the chosen term selected.
    static func options(today: CalendarDate, chosen: SchoolTerm) -> TemplateValue {
        let thisYear = TermDates.academicYear(of: today)
        return .list((thisYear - 2...thisYear).flatMap { TermDates.englandDefaults.year($0).terms }.map {
            ["value": .string(key($0)), "label": .string($0.label), "selected": .bool(key($0) == key(chosen))]
        })
    }
}
