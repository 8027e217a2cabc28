/// One year of induction (each block of 3 FTE terms, or what is left of the required length) and
/// what its absences did to it (SG 3.6–3.7; REG 8).
public struct InductionYear: Sendable, Hashable {
    /// 1, 2, … counted from the start of the whole induction (carried-over terms included).
    public let number: Int
    /// FTE terms served when the year ends (3.0, 6.0, or the required length), before extension days.
    public let fteTermsAtEnd: TermsServed
    /// The day the year's FTE terms were served, before any extension.
    public let termsServedOn: CalendarDate
    /// The day the year ends, after any absence extension.
    public let endDate: CalendarDate
    /// Days of absence other than statutory leave (SG 3.6).
    public let nonStatutoryDays: Int
    /// Days of statutory leave the ECT chose to extend by (SG 3.7).
    public let chosenStatutoryLeaveDays: Int

    /// SG 3.6: 30 days or more in one year extends it automatically; 29 does nothing.
    public var thirtyDayRuleApplies: Bool { nonStatutoryDays >= 30 }

    /// Days the year is extended by: the aggregate non-statutory days when the 30-day rule applies,
    /// plus statutory leave the ECT chose to extend by (granted whatever its length, SG 3.7).
    public var extensionDays: Int {
        (thirtyDayRuleApplies ? nonStatutoryDays : 0) + chosenStatutoryLeaveDays
    }
}
