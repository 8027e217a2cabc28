/// What an absence is checked against besides its own fields: the induction period at the school
/// recording it, today, and the ECT's absences already recorded (less the one being corrected).
public struct AbsenceLimits: Sendable {
    public let periodStart: CalendarDate
    /// The leaving date, when one is recorded.
    public let periodEnd: CalendarDate?
    public let today: CalendarDate
    public let existing: [StoredAbsence]

    public init(periodStart: CalendarDate, periodEnd: CalendarDate? = nil, today: CalendarDate, existing: [StoredAbsence] = [],
                correcting absenceID: Int? = nil) {
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.today = today
        self.existing = existing.filter { $0.id != absenceID }
    }

    /// The limits for a change to `record` at its current school.
    public init(record: ECTRecord, today: CalendarDate, correcting absenceID: Int? = nil) {
        self.init(periodStart: record.startDate, periodEnd: record.period?.endDate, today: today, existing: record.absences,
                  correcting: absenceID)
    }

    /// The first recorded absence sharing a day with `absence`: the same absence posted twice must
    /// never count twice.
    public func overlap(with absence: Absence) -> StoredAbsence? {
        existing.first { $0.absence.start <= absence.end && absence.start <= $0.absence.end }
    }

    /// Whether `absence` lies inside the induction period at the school.
    public func contains(_ absence: Absence) -> Bool {
        periodStart <= absence.start && periodEnd.map { absence.end <= $0 } ?? true
    }

    /// Only statutory leave may be recorded ahead: sickness and other absence cannot end after today.
    public func endsAheadUnplanned(_ absence: Absence) -> Bool {
        !absence.category.isStatutoryLeave && absence.end > today
    }

    public func aheadMessage(_ category: AbsenceCategory) -> String {
        "\(category.label) cannot end after today, \(today.ukLong): only statutory leave can be recorded ahead"
    }

    public static func overlapMessage(_ stored: StoredAbsence) -> String {
        "This absence overlaps one already recorded: \(stored.description) (\(stored.absence.days) "
            + "\(stored.absence.days == 1 ? "day" : "days")). Correct that absence instead of recording it again"
    }
}
