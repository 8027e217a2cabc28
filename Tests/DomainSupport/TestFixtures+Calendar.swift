import Foundation
import Induction

extension TestFixtures {
    /// A calendar date from ISO text the test knows is valid ("2026-09-01").
    public static func makeDate(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { fatalError("not an ISO date: \(iso)") }
        return date
    }

    /// An absence from ISO dates; sickness unless told.
    public static func makeAbsence(_ start: String, _ end: String, days: Int, category: AbsenceCategory = .sickness,
                                   extend: Bool = false) -> Absence {
        guard let absence = Absence(start: makeDate(start), end: makeDate(end), days: days, category: category,
                                    ectChoosesToExtend: extend) else { fatalError("not a valid absence: \(start)–\(end), \(days) days") }
        return absence
    }

    /// A calendar input from ISO dates: full time, England's term dates and bank holidays unless told.
    public static func makeCalendarInput(start: String, fte: Int = 100, absences: [Absence] = [],
                                         leaving: String? = nil) -> TermCalendarInput {
        guard let fte = FTE(percent: fte) else { fatalError("not a valid FTE: \(fte)") }
        return TermCalendarInput(startDate: makeDate(start), fte: fte, absences: absences, leavingDate: leaving.map(makeDate))
    }
}
