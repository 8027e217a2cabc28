/// A recorded absence: its dates, the days the ECT was due to work and missed, its category and,
/// for statutory leave, whether the ECT chose to extend their induction by it (SG 3.7).
public struct Absence: Sendable, Hashable {
    public let start: CalendarDate
    public let end: CalendarDate
    public let days: Int
    public let category: AbsenceCategory
    public let ectChoosesToExtend: Bool

    /// Nil when the dates are reversed, `days` is not positive or exceeds the calendar days in the
    /// range, or a choice to extend is recorded for an absence that is not statutory leave.
    public init?(start: CalendarDate, end: CalendarDate, days: Int, category: AbsenceCategory,
                 ectChoosesToExtend: Bool = false) {
        guard start <= end, days >= 1, days <= start.days(to: end) + 1,
              !ectChoosesToExtend || category.isStatutoryLeave else { return nil }
        self.start = start
        self.end = end
        self.days = days
        self.category = category
        self.ectChoosesToExtend = ectChoosesToExtend
    }

    /// SG 3.6: non-statutory absence counts toward the 30-day rule.
    public var countsTowardThirtyDayRule: Bool { !category.isStatutoryLeave }

    /// SG 3.7: statutory leave extends induction only when the ECT chooses.
    public var extendsByChoice: Bool { category.isStatutoryLeave && ectChoosesToExtend }
}
