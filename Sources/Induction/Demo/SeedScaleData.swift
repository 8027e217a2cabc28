import SQLite
import Security

/// `induct demo --scale large`: 1,000 schools and 10,000 ECTs (or `ects`, ten per school) with their
/// staff and about three years of reports in every state, joined to the demo appropriate body, for
/// measuring pages at the size of a large appropriate body (issue 12 item 1).
///
/// Written straight to the tables, one transaction per `schoolsPerBatch` schools, with the
/// connection's cached statements: the per-record services check and audit each row and would
/// take hours here. The rows are the ones those services write, so the real pages read them, and
/// every signature seals the content as `SignReport` does, so each one verifies. Deterministic: the
/// same size always writes the same rows. A database that already has the scale schools is left
/// unchanged.
public struct SeedScaleData: Sendable {
    public static let firstURN = 200_001
    public static let firstTRN = 5_000_001
    public static let ectsPerSchool = 10
    static let schoolsPerBatch = 100

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Nil when the database already has the scale schools.
    public func seed(ects: Int, password: String, author: Author) throws -> ScaleSeedSummary? {
        guard ects > 0 else { throw ScaleSeedError.notPositive(ects) }
        let found = try store.database.read { c in
            (seeded: try c.scalarInt("SELECT count(*) FROM schools WHERE urn = ?", [String(Self.firstURN)]) ?? 0 > 0,
             body: try c.scalarInt("SELECT id FROM appropriate_bodies ORDER BY id LIMIT 1"),
             termDates: try TermDatesStore().load(c))
        }
        if found.seeded { return nil }
        guard let bodyID = found.body else { throw ScaleSeedError.noAppropriateBody }
        // argon2id takes a good part of a second on purpose: every scale account gets this one hash
        // of the demo password, so any of them signs in with it.
        let hash = try PasswordHasher.hash(password)
        let schools = (ects + Self.ectsPerSchool - 1) / Self.ectsPerSchool
        var calendars = ScaleCalendars(termDates: found.termDates, today: store.time.today)
        var summary = ScaleSeedSummary()
        for first in stride(from: 0, to: schools, by: Self.schoolsPerBatch) {
            let last = min(first + Self.schoolsPerBatch, schools)
            try store.change { c, stamp in
                let before = summary
                var batch = ScaleBatch(bodyID: bodyID, passwordHash: hash, stamp: stamp, totalECTs: ects, connection: c)
                for school in first..<last {
                    try batch.writeSchool(school, calendars: &calendars, summary: &summary)
                }
                try AuditEvent(author: author, action: .demoSeeded, recordType: "school", recordID: batch.firstSchoolID,
                               detail: "scale data: \(summary.schools - before.schools) schools, \(summary.ects - before.ects) ECTs, "
                                   + "\(summary.reports - before.reports) reports")
                    .record(in: c, at: stamp)
            }
        }
        return summary
    }

    static func urn(ofSchool index: Int) -> String { String(firstURN + index) }
}
