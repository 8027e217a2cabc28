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
