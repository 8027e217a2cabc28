/// The appropriate body returns a year to England's default term dates.
public struct ResetTermDates: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Deletes a year's own dates with a "term_dates.reset" audit event. False (and nothing
    /// written) when the year already used the defaults.
    @discardableResult
    public func reset(academicYear: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard try c.run("DELETE FROM term_dates WHERE academic_year = ?", [academicYear]) > 0 else { return false }
            try AuditEvent(author: author, action: .termDatesReset, recordType: "term_dates", recordID: academicYear,
                           detail: "academic year \(academicYear): back to the England defaults")
                .record(in: c, at: stamp)
            return true
        }
    }
}
