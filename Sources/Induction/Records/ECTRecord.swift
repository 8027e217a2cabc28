/// Everything the record page and the record's services need about one ECT, loaded together by
/// `ECTRecordLoader`: the registration, the period at the current school, working-pattern changes,
/// absences, the appropriate body's adjustments, the history of changes and the term dates.
public struct ECTRecord: Sendable {
    public var ect: ECT
    public var schoolName: String
    public var email: String = ""
    public var dateOfBirth: CalendarDate?
    public var qtsDate: CalendarDate?
    public var trainingProgramme: String = ""
    public var leadProvider: String = ""
    /// Every tutor and mentor assignment, current first (Migration007).
    public var staffAssignments: [StaffAssignment] = []
    /// Names typed before tutors and mentors were accounts that matched nobody.
    public var unmatchedStaffNames: [AssignmentRole: String] = [:]
    /// SG 2.34: induction served elsewhere before this school, carried over.
    public var termsServedElsewhere: TermsServed = .zero
    public var previousAppropriateBody: String = ""
    public var period: InductionPeriod?
    /// This teacher's earlier, closed induction periods at other schools, oldest first (a transfer).
    public var earlierPeriods: [InductionPeriod] = []
    public var fteChanges: [FTEChange] = []
    public var absences: [StoredAbsence] = []
    public var adjustments: [InductionAdjustment] = []
    /// Audit events about this record, newest first.
    public var history: [AuditEvent] = []
    public var termDates: TermDates = .englandDefaults

    /// The current tutor or mentor, if anyone is assigned.
    public func current(_ role: AssignmentRole) -> StaffAssignment? {
        staffAssignments.first { $0.role == role && $0.isCurrent }
    }

    /// "No tutor assigned", "No mentor assigned": what the school still has to do.
    public var staffTasks: [String] {
        AssignmentRole.allCases.filter { current($0) == nil }.map(\.missingTask)
    }

    /// The induction start at this school: the period's, else the registration's.
    public var startDate: CalendarDate { period?.startDate ?? ect.inductionStartDate }

    /// SG 3.2–3.5: one reduction is in force at a time; a later one replaces it.
    public var reductionInForce: InductionAdjustment? {
        adjustments.last { $0.kind == .reduction && $0.isInForce }
    }

    /// The calendar's input from the stored record. The latest reduction stands (SG 3.2–3.5); every
    /// extension adds up (SG 3.8–3.10); absences from earlier periods count toward the induction
    /// year they fall in (`earlierAbsencesInCurrentYear`).
    public var calendarInput: TermCalendarInput {
        TermCalendarInput(
            startDate: startDate, fte: ect.fte, fteChanges: fteChanges,
            absences: absences.map(\.absence).filter { $0.end >= startDate },
            extensions: adjustments.filter { $0.kind == .extension }.compactMap { InductionExtension(terms: $0.terms, reason: $0.reason) },
            reduction: reductionInForce.flatMap { InductionReduction(terms: $0.terms, ectConsented: $0.ectConsented) },
            carriedOver: termsServedElsewhere, leavingDate: period?.endDate, termDates: termDates,
            earlierAbsences: earlierAbsencesInCurrentYear)
    }
}
