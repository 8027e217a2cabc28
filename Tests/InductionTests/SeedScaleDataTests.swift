import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 12 item 1: the scale data set, at 200 ECTs (20 schools), on the fixed date.
final class SeedScaleDataTests: XCTestCase {
    private static let ects = 200

    /// Seeded once for the class: every test but the second-run one only reads.
    private static let seeded: Result<Seeded, any Error> = Result {
        let database = try TestFixtures.makeDatabase()
        let summary = try XCTUnwrap(try seed(database))
        return Seeded(database: database, summary: summary)
    }

    private struct Seeded: Sendable {
        let database: Database
        let summary: ScaleSeedSummary
    }

    private static func seed(_ database: Database) throws -> ScaleSeedSummary? {
        try SeedScaleData(store: TestFixtures.makeStore(database))
            .seed(ects: ects, password: TestFixtures.demoPassword, author: .system("induct demo --scale"))
    }

    private var database: Database { get throws { try Self.seeded.get().database } }

    private func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) ?? -1 }
    }

    func testItWritesTwentySchoolsOfTenECTsWithTheirStaffAndAboutFiveReportsEach() throws {
        let summary = try Self.seeded.get().summary
        XCTAssertEqual(summary.schools, 20)
        XCTAssertEqual(summary.ects, 200)
        XCTAssertEqual(summary.accounts, 20 * 4 + 200)
        XCTAssertEqual(try count("SELECT count(*) FROM schools WHERE urn >= '200001'"), 20)
        XCTAssertEqual(try count("SELECT count(*) FROM ects WHERE trn >= '5000001'"), 200)
        XCTAssertEqual(try count("SELECT count(*) FROM users WHERE email LIKE '%.scale.example'"), 280)
        XCTAssertEqual(try count("SELECT count(*) FROM reports r JOIN ects e ON e.id = r.ect_id WHERE e.trn >= '5000001'"), summary.reports)
        XCTAssertGreaterThan(summary.reports, 200 * 4, "about three years of reports")
        // Every scale ECT has a confirmed period, a current tutor and mentor, and an ECT account.
        for sql in [
            "SELECT count(*) FROM induction_periods p JOIN ects e ON e.id = p.ect_id WHERE e.trn >= '5000001' AND p.status = 'confirmed'",
            "SELECT count(*) FROM staff_assignments a JOIN ects e ON e.id = a.ect_id WHERE e.trn >= '5000001' AND a.role = 'tutor' AND a.to_date IS NULL",
            "SELECT count(*) FROM staff_assignments a JOIN ects e ON e.id = a.ect_id WHERE e.trn >= '5000001' AND a.role = 'mentor' AND a.to_date IS NULL",
            "SELECT count(*) FROM role_grants g JOIN ects e ON e.id = g.ect_id WHERE e.trn >= '5000001' AND g.role = 'ect'",
        ] {
            XCTAssertEqual(try count(sql), 200, sql)
        }
        for role in ["headteacher", "induction_tutor", "mentor"] {
            XCTAssertGreaterThanOrEqual(try count("""
                SELECT count(*) FROM role_grants g JOIN schools s ON s.id = g.school_id WHERE s.urn >= '200001' AND g.role = ?
                """, [role]), 20, role)
        }
    }

    func testEveryReportStateIsThereAndOnlyTheLatestIsOpen() throws {
        let summary = try Self.seeded.get().summary
        for state in ReportState.allCases {
            XCTAssertGreaterThan(summary.reportsByState[state] ?? 0, 0, state.rawValue)
            XCTAssertEqual(try count("SELECT count(*) FROM reports WHERE state = ? AND ect_id IN (SELECT id FROM ects WHERE trn >= '5000001')",
                                     [state.rawValue]), summary.reportsByState[state], state.rawValue)
        }
        XCTAssertEqual(try count("""
            SELECT count(*) FROM reports r JOIN ects e ON e.id = r.ect_id
            WHERE e.trn >= '5000001' AND r.state <> 'accepted' AND EXISTS (SELECT 1 FROM reports later WHERE later.ect_id = r.ect_id AND later.meeting_date > r.meeting_date)
            """), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM reports WHERE meeting_date > '2026-11-25'"), 0, "nothing is due after today")
    }

    /// The rows are the verbs' rows: complete reports whose signatures verify as `SubmitReport` checks them.
    func testSignedReportsAreCompleteAndTheirSignaturesHold() throws {
        let reports = try database.read { c in
            try c.query("""
                SELECT r.id FROM reports r JOIN ects e ON e.id = r.ect_id WHERE e.trn >= '5000001' AND r.state <> 'draft'
                """).compactMap { try ReportRows.load(try $0.int("id"), c) }
        }
        XCTAssertGreaterThan(reports.count, 500)
        for report in reports {
            XCTAssertEqual(report.form.completenessProblems(report.content), [:], "report \(report.id)")
            XCTAssertTrue(report.signaturesHold, "report \(report.id)")
            let signed = report.signedRoles
            switch report.state {
            case .shared: XCTAssertEqual(signed, [], "report \(report.id)")
            case .awaitingSignatures: XCTAssertFalse(signed.isEmpty || signed.contains(.ect), "report \(report.id)")
            default: XCTAssertEqual(signed, Set(SignerRole.required(for: report.kind)), "report \(report.id)")
            }
            if report.state == .returned { XCTAssertGreaterThan(report.returnReason.count, 40) }
        }
    }

    func testReviewsRunToAFewHundredWordsAndVary() throws {
        let words = try database.read { c in
            try c.query("""
                SELECT group_concat(f.value, ' ') AS text FROM report_fields f JOIN reports r ON r.id = f.report_id
                JOIN ects e ON e.id = r.ect_id WHERE e.trn >= '5000001' AND r.state = 'accepted' AND r.kind = 'progress-review'
                GROUP BY r.id
                """).map { try $0.string("text").split(separator: " ").count }
        }
        XCTAssertFalse(words.isEmpty)
        XCTAssertGreaterThan(words.reduce(0, +) / words.count, 200)
        let evidence = try database.read { c in
            try c.query("SELECT value FROM report_fields WHERE name = 'evidence'").map { try $0.string("value") }
        }
        XCTAssertGreaterThan(Set(evidence).count, evidence.count / 2)
    }

    func testOneAuditEventPerBatchBySystem() throws {
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE actor = 'induct demo --scale' AND action = 'demo.seeded'"), 1)
    }

    func testASecondRunChangesNothingAndTheSameSizeWritesTheSameRows() throws {
        let database = try TestFixtures.makeDatabase()
        let first = try XCTUnwrap(try Self.seed(database))
        let tables = ["schools", "ects", "users", "reports", "report_fields", "report_signatures", "audit_events"]
        func counts() throws -> [Int] {
            try database.read { c in try tables.map { try c.scalarInt("SELECT count(*) FROM \($0)") ?? -1 } }
        }
        let before = try counts()
        XCTAssertNil(try Self.seed(database))
        XCTAssertEqual(try counts(), before)
        XCTAssertEqual(first, try Self.seeded.get().summary, "deterministic")
        let text = "SELECT group_concat(value, '|') AS v FROM (SELECT f.value FROM report_fields f ORDER BY f.report_id, f.name)"
        XCTAssertEqual(try database.read { try $0.queryOne(text)?.string("v") }, try self.database.read { try $0.queryOne(text)?.string("v") })
    }

    func testItNeedsAnAppropriateBodyAndAPositiveSize() throws {
        let empty = try TestFixtures.makeDatabase(seeded: false, accounts: false)
        let store = TestFixtures.makeStore(empty)
        XCTAssertThrowsError(try SeedScaleData(store: store).seed(ects: 10, password: TestFixtures.demoPassword, author: .system("t"))) {
            XCTAssertEqual($0 as? ScaleSeedError, .noAppropriateBody)
        }
        XCTAssertThrowsError(try SeedScaleData(store: store).seed(ects: 0, password: TestFixtures.demoPassword, author: .system("t"))) {
            XCTAssertEqual($0 as? ScaleSeedError, .notPositive(0))
        }
    }
}
