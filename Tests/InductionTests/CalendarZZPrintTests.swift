import Induction
import XCTest

final class CalendarZZPrintTests: XCTestCase {
    func d(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }
    func show(_ name: String, _ input: TermCalendarInput) {
        do {
            let r = try TermCalendar.compute(input)
            print("== \(name): end \(r.projectedEndDate?.iso ?? "-") total \(r.termsAtCompletion.thousandths) leaving \(r.termsServedAtLeaving?.thousandths ?? -1) counts \(r.countsTowardInduction)")
            for t in r.terms { print("  T\(t.number) \(t.term.label) \(t.start.iso)..\(t.end.iso) fte \(t.fte.percent) served \(t.served.thousandths) cum \(t.servedAtEnd.thousandths) ext \(t.absenceExtensionDays)") }
            for y in r.years { print("  Y\(y.number) at \(y.fteTermsAtEnd) on \(y.termsServedOn.iso) end \(y.endDate.iso) nonstat \(y.nonStatutoryDays) chosen \(y.chosenStatutoryLeaveDays)") }
            for i in r.dueItems { print("  \(i.kind.rawValue) T\(i.termNumber) \(i.date.iso) earliest \(i.earliestSubmission.iso) due \(i.dueDate.iso) served \(i.termsServed.thousandths)") }
        } catch { print("== \(name): \(error)") }
    }
    func testPrint() {
        show("FT Sep", TermCalendarInput(startDate: d("2026-09-01")))
        show("0.8 Sep", TermCalendarInput(startDate: d("2026-09-01"), fte: FTE(percent: 80)!))
        show("0.5 leave", TermCalendarInput(startDate: d("2026-09-01"), fte: FTE(percent: 50)!, leavingDate: d("2027-02-12")))
        show("midterm", TermCalendarInput(startDate: d("2026-11-02")))
        show("sick30", TermCalendarInput(startDate: d("2026-09-01"), absences: [Absence(start: d("2026-10-05"), end: d("2026-11-13"), days: 30, category: .sickness)!]))
    }
}
