/// The date rule the observation and meeting forms share: a real date, not in the future, not before
/// the framework began.
enum ObservationDates {
    static func checked(_ field: RecordFormDate, in values: [String: String], today: CalendarDate, earliest: CalendarDate,
                        into errors: inout [String: String]) -> CalendarDate? {
        let title = field.label.prefix(1).uppercased() + field.label.dropFirst()
        switch field.date(in: values) {
        case .success(let date) where date > today:
            errors[field.name] = "\(title) must be today or in the past"
        case .success(let date) where date < earliest:
            errors[field.name] = "\(title) must be on or after \(earliest.ukLong)"
        case .success(let date):
            return date
        case .failure(let failure):
            errors.merge(failure.messages) { first, _ in first }
        }
        return nil
    }
}
