/// Looking up days in a finished walk.
extension TermWalk {
    /// The position at the end of `date` (`inclusive`) or at its start.
    func position(of date: CalendarDate, inclusive: Bool = true) -> TermPosition {
        let index = terms.lastIndex { $0.schoolDays.first.map { $0 <= date } ?? false } ?? 0
        let term = terms[index]
        let count = term.schoolDays.filter { inclusive ? $0 <= date : $0 < date }.count
        return TermPosition(termIndex: index, schoolDays: count, length: term.schoolDays.count)
    }

    /// The induction term (index into `terms`) a date falls in; a holiday belongs to the term before.
    func termIndex(of date: CalendarDate) -> Int {
        terms.lastIndex { $0.term.start <= date } ?? 0
    }

    /// Terms served at the end of `date` (carried-over terms included), or `carried` before the start.
    func served(on date: CalendarDate, carried: Int) -> Int {
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid].date <= date { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? carried : days[low - 1].served
    }

    /// SG 2.49, 2.56: a review or assessment is not held while the ECT is absent; it moves to the
    /// first school day after the absence.
    func rescheduledAfterAbsence(_ date: CalendarDate, _ absences: [Absence]) -> CalendarDate {
        var date = date
        while let absence = absences.first(where: { $0.start <= date && date <= $0.end }) {
            date = termDates.schoolDay(after: absence.end, workingDays)
        }
        return date
    }
}
