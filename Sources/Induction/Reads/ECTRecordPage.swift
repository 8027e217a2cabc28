/// Everything one ECT's record page shows, read from one snapshot with the term calendar computed
/// once: the school the ECT has left sees only its former period.
public enum ECTRecordPage: Sendable {
    /// `calendar` is nil when the calendar refuses the record's input; `contact` is loaded only for
    /// the ECT's own view; `reports` are all the ECT's, the current period's on the timeline and an
    /// earlier school's beside it.
    case current(record: ECTRecord, calendar: TermCalendarResult?, contact: AppropriateBodyProfile?, reports: [ReportSummary])
    case former(FormerPeriodRecord)
}
