import SQLite

extension InductionReader {
    /// ECT records kept longer than SG 2.77 and 5.3 require on `today`, oldest end first; one snapshot.
    public func recordsDueForRemoval(today: CalendarDate) throws -> [RetentionCandidate] {
        try database.read { c in try InductionEnded.due(today: today, in: c) }
    }
}
