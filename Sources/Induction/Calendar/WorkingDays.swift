/// Working days: Monday to Friday, excluding bank holidays. Statutory clocks count these
/// (domain.md "Decisions and clocks"; e.g. SG 2.61: the final assessment report within 10 working days).
public struct WorkingDays: Sendable {
    public let bankHolidays: BankHolidays

    public init(bankHolidays: BankHolidays = .englandAndWales) {
        self.bankHolidays = bankHolidays
    }

    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        !date.isWeekend && !bankHolidays.contains(date)
    }

    /// The `count`-th working day after `date` (before it when `count` is negative); `date` itself is
    /// never counted, so "10 working days after the meeting" is `adding(10, to: meeting)`.
    /// With `count == 0`, `date` itself.
    public func adding(_ count: Int, to date: CalendarDate) -> CalendarDate {
        let step = count < 0 ? -1 : 1
        var remaining = abs(count)
        var day = date
        while remaining > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Working days in the closed range `from...through` (0 when `through` is before `from`).
    public func count(from: CalendarDate, through: CalendarDate) -> Int {
        guard from <= through else { return 0 }
        return (from.dayNumber...through.dayNumber).reduce(0) { total, number in
            total + (isWorkingDay(CalendarDate(dayNumber: number)) ? 1 : 0)
        }
    }

    /// The working days in `from...through`, in order.
    public func days(from: CalendarDate, through: CalendarDate) -> [CalendarDate] {
        guard from <= through else { return [] }
        let holidays = bankHolidays.dayNumbers(years: from.year...through.year)
        var days: [CalendarDate] = []
        var weekday = from.isoWeekday
        for number in from.dayNumber...through.dayNumber {
            if weekday < 6, !holidays.contains(number) { days.append(CalendarDate(dayNumber: number)) }
            weekday = weekday == 7 ? 1 : weekday + 1
        }
        return days
    }
}
