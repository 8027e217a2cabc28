/// School days: the working days of a term outside its half-term break (domain.md "The landscape":
/// school days exclude half terms and bank holidays).
extension SchoolTerm {
    public func schoolDays(_ workingDays: WorkingDays) -> [CalendarDate] {
        workingDays.days(from: start, through: end).filter { !isInHalfTerm($0) }
    }

    /// The last school day: the day the term's review or assessment is held, never a bank holiday
    /// or a half-term day; the term's end date when the term has no school day at all.
    public func lastSchoolDay(_ workingDays: WorkingDays) -> CalendarDate {
        schoolDays(workingDays).last ?? end
    }
}
