/// The standing England and Wales bank holidays of a year, for years the GOV.UK feed does not cover.
/// One-off holidays (jubilees, coronations, state funerals) and moved days cannot be predicted; the
/// feed wins wherever it has the year.
extension BankHolidays {
    public static func standingRules(year: Int) -> Set<CalendarDate> {
        guard let newYear = CalendarDate(year: year, month: 1, day: 1),
              let may1 = CalendarDate(year: year, month: 5, day: 1),
              let may31 = CalendarDate(year: year, month: 5, day: 31),
              let aug31 = CalendarDate(year: year, month: 8, day: 31),
              let christmas = CalendarDate(year: year, month: 12, day: 25) else { return [] }
        let easter = easterSunday(year: year)
        var days: Set<CalendarDate> = [
            newYear.isWeekend ? newYear.onOrAfter(weekday: 1) : newYear,  // substitute Monday
            easter.adding(days: -2),                                        // Good Friday
            easter.adding(days: 1),                                         // Easter Monday
            may1.onOrAfter(weekday: 1),                                     // early May: first Monday
            may31.onOrBefore(weekday: 1),                                   // spring: last Monday in May
            aug31.onOrBefore(weekday: 1),                                   // summer: last Monday in August
        ]
        // Christmas Day and Boxing Day; a day on a weekend moves to the next free weekday.
        switch christmas.isoWeekday {
        case 5: days.formUnion([christmas, christmas.adding(days: 3)])     // Fri 25, Mon 28
        case 6: days.formUnion([christmas.adding(days: 2), christmas.adding(days: 3)])  // Mon 27, Tue 28
        case 7: days.formUnion([christmas.adding(days: 1), christmas.adding(days: 2)])  // Mon 26, Tue 27
        default: days.formUnion([christmas, christmas.adding(days: 1)])
        }
        return days
    }

    /// Western (Gregorian) Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)!
    }
}
