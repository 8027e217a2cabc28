import SQLite

/// The appropriate body sets a year's own term dates over England's defaults.
public struct SaveTermDates: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Stores a year's dates with a "term_dates.updated" audit event naming the dates that changed.
    /// Returns the changed columns; nothing is written when none changed.
    @discardableResult
    public func save(_ terms: AcademicYearTerms, author: Author) throws -> [String] {
        try store.change { c, stamp in
            let current = try TermDatesStore().stored(academicYear: terms.academicYear, c)
            let previous = current ?? .englandDefault(academicYear: terms.academicYear)
            let changed = TermDateField.allCases.filter { $0.date(in: terms) != $0.date(in: previous) }.map(\.column)
            guard current == nil || !changed.isEmpty else { return [] }
            let columns = TermDateField.allCases.map(\.column)
            _ = try c.run("""
                INSERT INTO term_dates (academic_year, \(columns.joined(separator: ", ")), updated_at)
                VALUES (?, \(columns.map { _ in "?" }.joined(separator: ", ")), ?)
                ON CONFLICT(academic_year) DO UPDATE SET \(columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")),
                    updated_at = excluded.updated_at
                """, [terms.academicYear as any SQLBindable] + TermDateField.allCases.map { $0.date(in: terms)?.iso as any SQLBindable }
                    + [stamp as any SQLBindable])
            let what = changed.isEmpty ? "same as the England defaults" : "changed: " + changed.joined(separator: ", ")
            try AuditEvent(author: author, action: .termDatesUpdated, recordType: "term_dates", recordID: terms.academicYear,
                           detail: "academic year \(terms.academicYear): \(what)")
                .record(in: c, at: stamp)
            return changed
        }
    }
}
