extension ECTRecord {
    /// Terms served by the end of `date`, carried-over terms included, whatever the reduction in
    /// force: a reduction caps the calendar at its length, which must not hide what was served.
    public func termsServed(asOf date: CalendarDate) -> TermsServed {
        var input = calendarInput
        input.reduction = nil
        return (try? TermCalendar.compute(input))?.termsServed(asOf: date) ?? termsServedElsewhere
    }
}
