import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 9 item 14: the demo school year holds reports in every state, written through the real
/// verbs by the demo people, on the fixed date (25 November 2026).
final class DemoReportsTests: XCTestCase {
    /// Seeding signs dozens of times (argon2id, slow on purpose): once for the class. Only the
    /// second-run test writes again, and it must write nothing.
    private static let seeded: Result<Seeded, any Error> = Result {
        let database = try TestFixtures.makeDatabase()
        let made = try seed(database)
        return Seeded(database: database, made: made)
    }

    private struct Seeded: Sendable {
        let database: Database
        let made: Int
    }

    private static func seed(_ database: Database) throws -> Int {
        try SeedDemoReports(store: TestFixtures.makeStore(database)).seed(password: TestFixtures.demoPassword)
    }

    private var database: Database { get throws { try Self.seeded.get().database } }

    private func strings(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> [String] {
        try database.read { c in try c.query(sql, bindings).map { try $0.string("value") } }
    }

    func testTheCaseloadHoldsEveryStateAndOlderReportsAreAccepted() throws {
        XCTAssertGreaterThan(try Self.seeded.get().made, ReportState.allCases.count)
        let states = Set(try strings("SELECT DISTINCT state AS value FROM reports"))
        XCTAssertEqual(states, Set(ReportState.allCases.map(\.rawValue)))
        let reasons = try strings("SELECT return_reason AS value FROM reports WHERE state = 'returned'")
        XCTAssertFalse(reasons.isEmpty)
        XCTAssertTrue(reasons.allSatisfy { $0.count > 40 }, "a returned report says why")
        let olderNotAccepted = try strings("""
            SELECT r.id AS value FROM reports r
            WHERE r.state <> 'accepted' AND EXISTS (SELECT 1 FROM reports later WHERE later.ect_id = r.ect_id AND later.meeting_date > r.meeting_date)
            """)
        XCTAssertEqual(olderNotAccepted, [], "only each ECT's latest report is left open")
        let evidence = try strings("SELECT value FROM report_fields WHERE name = 'evidence'")
        XCTAssertGreaterThan(Set(evidence).count, evidence.count / 2, "the texts vary")
    }

    func testFatimaBegumsFirstFormalAssessmentHoldsThreeSignatures() throws {
        let database = try database
        let reportID = try XCTUnwrap(try database.read { try $0.scalarInt("""
            SELECT r.id FROM reports r JOIN ects e ON e.id = r.ect_id
            WHERE e.trn = '3021784' AND e.induction_start_date = '2025-09-01' AND r.kind = 'first-formal-assessment'
            """) })
        let report = try XCTUnwrap(try database.read { try ReportRows.load(reportID, $0) })
        XCTAssertEqual(report.state, .accepted)
        XCTAssertEqual(report.liveSignatures.count, 3)
        XCTAssertEqual(report.signedRoles, [.tutor, .headteacher, .ect])
        XCTAssertEqual(Set(report.liveSignatures.map(\.signerName)), ["Mark Holroyd", "Andrew Haigh", "Fatima Begum"])
        XCTAssertTrue(report.signaturesHold)
        XCTAssertTrue(report.form.completenessProblems(report.content).isEmpty)
    }

    func testTheNotOnTrackReviewPutsPriyaChauhanOnTheAtRiskList() throws {
        let database = try database
        let row = try XCTUnwrap(try database.read { try $0.queryOne("""
            SELECT e.trn, r.id, r.kind FROM at_risk_entries a JOIN reports r ON r.id = a.report_id JOIN ects e ON e.id = a.ect_id
            WHERE a.left_at IS NULL
            """) })
        XCTAssertEqual(try row.string("trn"), "3012458")
        XCTAssertEqual(try row.string("kind"), DueItemKind.progressReview.rawValue)
        let report = try XCTUnwrap(try database.read { try ReportRows.load(try row.int("id"), $0) })
        XCTAssertEqual(report.content["on-track"], "no")
        XCTAssertFalse(report.content["support-plan"].isEmpty)
        XCTAssertTrue(try SignInFixtures.outbox(database).contains { $0.subject == "At risk: Priya Chauhan is not on track" })
    }

    func testASecondRunAddsNothing() throws {
        let database = try database
        let before = try rowCounts(database)
        XCTAssertEqual(try Self.seed(database), 0)
        XCTAssertEqual(try rowCounts(database), before)
    }

    func testAnotherPasswordWritesNothing() throws {
        let database = try TestFixtures.makeDatabase()
        let before = try rowCounts(database)
        XCTAssertThrowsError(try SeedDemoReports(store: TestFixtures.makeStore(database))
            .seed(password: "not-the-demo-password")) { XCTAssertEqual($0 as? ReportRefusal, .wrongConfirmation) }
        XCTAssertEqual(try rowCounts(database), before)
    }

    func testNoReportNamesAnotherSchoolsPeople() throws {
        let database = try database
        let mismatched = try strings("SELECT r.id AS value FROM reports r JOIN ects e ON e.id = r.ect_id WHERE r.school_id <> e.school_id")
        XCTAssertEqual(mismatched, [])
        let strangers = try strings("""
            SELECT s.report_id || ' ' || s.signer_name AS value FROM report_signatures s JOIN reports r ON r.id = s.report_id
            WHERE NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = s.user_id AND (g.school_id = r.school_id OR g.ect_id = r.ect_id))
            UNION ALL
            SELECT c.report_id || ' ' || c.author FROM report_changes c JOIN reports r ON r.id = c.report_id
            WHERE NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = c.user_id AND (g.school_id = r.school_id OR g.ect_id = r.ect_id))
            """)
        XCTAssertEqual(strangers, [], "every signer and writer belongs to the report's school")
        let texts = try database.read { c in
            try c.query("SELECT f.value, r.school_id FROM report_fields f JOIN reports r ON r.id = f.report_id")
                .map { (try $0.string("value"), try $0.int("school_id")) }
        }
        // People with no role at a school: their names must not appear on its reports.
        let people = try database.read { c in
            try c.query("SELECT u.name, group_concat(g.school_id) AS schools FROM users u JOIN role_grants g ON g.user_id = u.id "
                + "WHERE g.school_id IS NOT NULL GROUP BY u.id")
                .map { (try $0.string("name"), Set(try $0.string("schools").split(separator: ",").compactMap { Int($0) })) }
        }
        XCTAssertFalse(texts.isEmpty)
        for (text, schoolID) in texts {
            for (name, schools) in people where !schools.contains(schoolID) {
                XCTAssertFalse(text.contains(name), "\(name) named on a report of school \(schoolID): \(text)")
            }
        }
    }

    private func rowCounts(_ database: Database) throws -> [String: Int] {
        try database.read { c in
            let tables = try c.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").map { try $0.string("name") }
            return try Dictionary(uniqueKeysWithValues: tables.map { ($0, try c.scalarInt("SELECT count(*) FROM \"\($0)\"") ?? 0) })
        }
    }
}
