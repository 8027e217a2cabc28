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

    /// The bank holidays of these years as day numbers, each year's rules worked out once: a term's
    /// school days ask about every day in it.
    func dayNumbers(years: ClosedRange<Int>) -> Set<Int> {
        var numbers = Set<Int>()
        for year in years {
            if coveredYears.contains(year) || !useRulesOutsideCoveredYears {
                for date in dates where date.year == year { numbers.insert(date.dayNumber) }
            } else {
                for date in Self.standingRules(year: year) { numbers.insert(date.dayNumber) }
            }
        }
        return numbers
    }
}
