/// Day arithmetic on `CalendarDate` via a day number (days since 1970-01-01), using Howard Hinnant's
/// days-from-civil algorithm, so no time zone or Foundation calendar is involved.
extension CalendarDate {
    /// Days since 1970-01-01 (which is day 0); negative before it.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date with the given day number; traps outside years 1–9999.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The nearest date on or before `self` that falls on `weekday` (1 = Monday … 7 = Sunday).
    public func onOrBefore(weekday: Int) -> CalendarDate {
        adding(days: -((isoWeekday - weekday + 7) % 7))
    }

    /// The nearest date on or after `self` that falls on `weekday` (1 = Monday … 7 = Sunday).
    public func onOrAfter(weekday: Int) -> CalendarDate {
        adding(days: (weekday - isoWeekday + 7) % 7)
    }
}
