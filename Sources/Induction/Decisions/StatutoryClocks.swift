/// The statutory clocks as pure functions over dates, counting working days (weekends and bank
/// holidays excluded) with `WorkingDays`; the start day itself never counts.
public struct StatutoryClocks: Sendable {
    public let workingDays: WorkingDays

    public init(workingDays: WorkingDays = WorkingDays()) { self.workingDays = workingDays }

    /// REG 11: 10 working days after completion.
    public func recommendationDue(completedOn: CalendarDate) -> CalendarDate { due(.recommendation, from: completedOn) }

    /// 10 working days after the AB receives the recommendation.
    public func representationsDue(recommendationReceivedOn: CalendarDate) -> CalendarDate {
        due(.representations, from: recommendationReceivedOn)
    }

    /// SG 2.67: 20 working days after the AB receives the recommendation.
    public func decisionDue(recommendationReceivedOn: CalendarDate) -> CalendarDate { due(.decision, from: recommendationReceivedOn) }

    /// SG 2.69: 3 working days after deciding.
    public func noticesDue(decidedOn: CalendarDate) -> CalendarDate { due(.notices, from: decidedOn) }

    /// SG 2.69: 3 working days after deciding a fail or an extension.
    public func teachingRegulationAgencyDue(decidedOn: CalendarDate) -> CalendarDate {
        due(.teachingRegulationAgency, from: decidedOn)
    }

    /// SG 2.70: the last day of the ECT's 20 working days to appeal, counted from being told.
    public func appealCloses(toldOn: CalendarDate) -> CalendarDate { due(.appeal, from: toldOn) }

    public func due(_ kind: StatutoryClockKind, from start: CalendarDate) -> CalendarDate {
        workingDays.adding(kind.workingDays, to: start)
    }

    /// Every clock that has started, in order. A clock starts when the date it counts from is known:
    /// the recommendation's and decision's from its receipt, the notices from the decision, the
    /// TRA's and the appeal only for a fail or an extension (the appeal from the day the ECT was
    /// told in writing, else the day notices were sent).
    public func clocks(_ dates: DecisionDates) -> [StatutoryClock] {
        func clock(_ kind: StatutoryClockKind, _ start: CalendarDate?, met: CalendarDate?) -> StatutoryClock? {
            start.map { StatutoryClock(kind: kind, startsOn: $0, dueOn: due(kind, from: $0), metOn: met) }
        }
        let received = dates.recommendationReceivedOn
        let appealable = dates.outcome?.isAppealable == true
        return [
            clock(.recommendation, dates.completedOn, met: received),
            clock(.representations, received, met: dates.representationsReceivedOn),
            clock(.decision, received, met: dates.decidedOn),
            clock(.notices, dates.decidedOn, met: dates.noticesSentOn),
            appealable ? clock(.teachingRegulationAgency, dates.decidedOn, met: dates.teachingRegulationAgencyToldOn) : nil,
            appealable ? clock(.appeal, dates.ectToldInWritingOn ?? dates.noticesSentOn, met: nil) : nil,
        ].compactMap { $0 }
    }
}
