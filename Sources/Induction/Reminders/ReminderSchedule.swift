/// Which reminder of a report is due on a day (issue 11 item 7): a week before the due date, the
/// day before, on the due day, the day after (overdue), then every week after that until the report
/// reaches the appropriate body.
///
/// Rules the issue leaves open, decided here:
/// - A stage before the deadline that falls on a weekend or bank holiday is sent on the working day
///   before it; the overdue and weekly reminders on the working day after. When two stages land on
///   the same working day (a due date on a Monday bank holiday moves both "due tomorrow" and "due
///   today" to the Friday), only the later stage is sent.
/// - Nothing is sent on a day that is not a working day; the next working day catches up.
/// - After missed days only the latest stage due is sent, never a burst of every stage missed.
/// - A report submitted to or accepted by the appropriate body gets nothing; a returned one is
///   with the school again and is reminded again.
public struct ReminderSchedule: Sendable {
    public let workingDays: WorkingDays

    public init(workingDays: WorkingDays = WorkingDays()) {
        self.workingDays = workingDays
    }

    /// The reminder to send on `today`, if any; whether it was already sent is the caller's to check.
    public func due(dueOn due: CalendarDate, state: ReportState, today: CalendarDate) -> ReminderOccurrence? {
        guard state.isWithSchool, workingDays.isWorkingDay(today) else { return nil }
        return occurrences(dueOn: due, through: today).last
    }

    /// The reminders still to come from `today` on (today's included), at most `limit` of them.
    public func upcoming(dueOn due: CalendarDate, state: ReportState, from today: CalendarDate, limit: Int = 3)
        -> [ReminderOccurrence] {
        guard state.isWithSchool, limit > 0 else { return [] }
        let horizon = max(today, due).adding(days: 7 * limit + 7)
        return Array(occurrences(dueOn: due, through: horizon).filter { $0.sendOn >= today }.prefix(limit))
    }

    /// Every reminder of a report due on `due` sent on or before `last`, in the order they are sent.
    public func occurrences(dueOn due: CalendarDate, through last: CalendarDate) -> [ReminderOccurrence] {
        var nominal: [(ReminderStage, CalendarDate)] = [
            (.weekBefore, due.adding(days: -7)), (.dayBefore, due.adding(days: -1)), (.dueDay, due),
            (.overdue, due.adding(days: 1)),
        ]
        var week = due.adding(days: 8)
        while week <= last {
            nominal.append((.weeklyOverdue, week))
            week = week.adding(days: 7)
        }
        var result: [ReminderOccurrence] = []
        for (stage, day) in nominal {
            let occurrence = ReminderOccurrence(stage: stage, occursOn: day, sendOn: sendingDay(for: stage, on: day))
            if let previous = result.last, previous.sendOn >= occurrence.sendOn { result.removeLast() }
            result.append(occurrence)
        }
        return result.filter { $0.sendOn <= last }
    }

    func sendingDay(for stage: ReminderStage, on day: CalendarDate) -> CalendarDate {
        guard !workingDays.isWorkingDay(day) else { return day }
        return workingDays.adding(stage.comesBeforeTheDeadline ? -1 : 1, to: day)
    }
}
