import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Priya Chauhan's progress review (Calder Valley) due on a chosen day, and a clock the test moves:
/// the people reminded are her tutor David Greenwood, the induction lead Imran Hussain and Priya.
struct ReminderFixture {
    let reports: ReportFixture
    let clock: MutableTimeSource
    var database: Database { reports.database }
    var store: InductionStore { InductionStore(database: database, time: clock, baseURL: "https://induct.test") }

    static let reviewPeople = ["david.greenwood@107512.schools.example", "induction-lead@107512.schools.example",
                               "priya.chauhan@107512.schools.example"]

    init(at start: String = "2026-11-25T10:00:00Z") throws {
        reports = try ReportFixture()
        clock = MutableTimeSource(Self.instant(start))
    }

    static func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func set(_ text: String) {
        clock.advance(by: Self.instant(text).timeIntervalSince(clock.now()))
    }

    /// A draft report of Priya's due on `due`; every other report is made due long ago and accepted
    /// out of the way, so the counts are this report's alone.
    func report(dueOn due: String, kind: DueItemKind = .progressReview) throws -> Int {
        let id = try reports.report()
        try database.write { c in
            try c.run("""
                UPDATE reports SET state = 'accepted', submitted_at = '2026-01-01T00:00:00Z', decided_at = '2026-01-01T00:00:00Z'
                WHERE id <> ?
                """, [id])
            try c.run("UPDATE reports SET kind = ?, earliest_submission = '2026-01-01', due_date = ? WHERE id = ?", [kind.rawValue, due, id])
        }
        return id
    }

    /// "stage occurs-on email" for each reminder sent about the report, in order.
    func sent(_ reportID: Int) throws -> [String] {
        try database.read { c in
            try c.query("""
                SELECT m.stage || ' ' || m.occurs_on || ' ' || u.email AS line FROM report_reminders m JOIN users u ON u.id = m.user_id
                WHERE m.report_id = ? ORDER BY m.id
                """, [reportID]).map { try $0.string("line") }
        }
    }

    func outbox(subject: String) throws -> [String] {
        try database.read { c in
            try c.query("SELECT recipient FROM outbox_messages WHERE subject = ? ORDER BY recipient", [subject]).map { try $0.string("recipient") }
        }
    }

    func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) ?? 0 }
    }
}
