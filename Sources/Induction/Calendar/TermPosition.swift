/// Where a day falls in calendar-term time, counted from the first term of this induction period:
/// `termIndex` whole terms, then `schoolDays` of the term's `length` school days. The end of a term
/// is one whole term after its start whatever its length, so "a term apart" (SG 2.49) compares
/// like with like across long and short terms.
struct TermPosition {
    let termIndex: Int
    let schoolDays: Int
    let length: Int

    /// Whether `later` is less than one calendar term after `self` (both orders allowed).
    func isLessThanOneTerm(from other: TermPosition) -> Bool {
        let (a, b) = other.isBefore(self) ? (other, self) : (self, other)
        // (b.i + b.k/b.n) - (a.i + a.k/a.n) < 1, cross-multiplied to stay exact.
        return (b.termIndex - a.termIndex - 1) * a.length * b.length + b.schoolDays * a.length
            - a.schoolDays * b.length < 0
    }

    func isBefore(_ other: TermPosition) -> Bool {
        (termIndex - other.termIndex) * length * other.length + schoolDays * other.length
            - other.schoolDays * length < 0
    }
}

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
}
