/// The bank holidays of one division of the UK, as a set of days.
///
/// `englandAndWales` is the GOV.UK feed (`BankHolidays+EnglandAndWales.swift`, checked against
/// `Data/bank-holidays-england-and-wales.json` by a test) for the years it covers, and the standing
/// rules of the Banking and Financial Dealings Act 1971 (`BankHolidays+Rules.swift`) for later or
/// earlier years, so that a four-year part-time induction still skips Christmas in 2030.
public struct BankHolidays: Sendable {
    public let dates: Set<CalendarDate>
    /// Years answered from `dates`; other years from the standing rules when `useRulesOutsideCoveredYears`.
    public let coveredYears: ClosedRange<Int>
    let useRulesOutsideCoveredYears: Bool

    public init(dates: Set<CalendarDate>, coveredYears: ClosedRange<Int>, useRulesOutsideCoveredYears: Bool = false) {
        self.dates = dates
        self.coveredYears = coveredYears
        self.useRulesOutsideCoveredYears = useRulesOutsideCoveredYears
    }

    /// No bank holidays at all (weekends only), for tests that need a plain clock.
    public static let none = BankHolidays(dates: [], coveredYears: 1...9999)

    public static let englandAndWales = BankHolidays(
        dates: Set(englandAndWalesEvents.map { CalendarDate(iso: $0.date)! }),
        coveredYears: englandAndWalesYears,
        useRulesOutsideCoveredYears: true
    )

    public func contains(_ date: CalendarDate) -> Bool {
        if coveredYears.contains(date.year) || !useRulesOutsideCoveredYears {
            return dates.contains(date)
        }
        return Self.standingRules(year: date.year).contains(date)
    }
}
