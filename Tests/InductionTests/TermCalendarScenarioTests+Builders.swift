import Induction

/// The short builders the scenario table is written with.
extension TermCalendarScenarioTests {
    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static func input(_ start: String, fte percent: Int = 100, changes: [FTEChange] = [], absences: [Absence] = [],
                      extensions tenths: [Int] = [], reduction: Int? = nil, carried: TermsServed = .zero,
                      leaving: String? = nil, termDates: TermDates = .englandDefaults,
                      earlier: [Absence] = []) -> TermCalendarInput {
        TermCalendarInput(
            startDate: d(start), fte: FTE(percent: percent)!, fteChanges: changes, absences: absences,
            extensions: tenths.map { InductionExtension(terms: TermsServed(tenths: $0), reason: "Needs more time")! },
            reduction: reduction.map { InductionReduction(terms: TermsServed(tenths: $0), ectConsented: true)! },
            carriedOver: carried, leavingDate: leaving.map(d), termDates: termDates, earlierAbsences: earlier)
    }

    static func sickness(_ start: String, _ end: String, _ days: Int) -> Absence {
        absence(.sickness, start, end, days)
    }

    static func absence(_ category: AbsenceCategory, _ start: String, _ end: String, _ days: Int,
                        extend: Bool = false) -> Absence {
        Absence(start: d(start), end: d(end), days: days, category: category, ectChoosesToExtend: extend)!
    }
}
