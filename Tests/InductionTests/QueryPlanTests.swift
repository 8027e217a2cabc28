import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 12 item 2: the paginated lists and the dashboard's counts read an index (Migrations 025, 026 and
/// earlier), not a whole table; the lists walk the index in their order and stop at the page, with
/// no sort of every row. The statements are the readers' own, with sample bindings.
final class QueryPlanTests: XCTestCase {
    struct Plan {
        let name: String
        let sql: String
        var bindings: [any SQLBindable] = []
        let index: String
        /// A page of a long list must not sort every matching row first.
        var ordered = true
        /// A plan step that would read every row of another table, e.g. "LIST SUBQUERY".
        var forbids: String?
    }

    static let reports = "FROM reports r JOIN ects e ON e.id = r.ect_id JOIN schools s ON s.id = r.school_id"
    static var plans: [Plan] { [
        Plan(name: "dashboard: a school's overdue reports",
             sql: "SELECT count(*) FROM reports r WHERE r.school_id = ? AND r.state IN ('draft', 'shared') AND r.due_date < ?",
             bindings: [1, "2026-11-25"], index: "reports_by_school_state_due"),
        Plan(name: "dashboard: reports due this term", sql: "SELECT count(*) FROM reports WHERE due_date BETWEEN ? AND ?",
             bindings: ["2026-09-01", "2026-12-18"], index: "reports_by_due_date"),
        Plan(name: "dashboard: ECTs in induction",
             sql: "SELECT count(*) FROM (SELECT DISTINCT ect_id FROM induction_periods WHERE status = 'confirmed' AND end_date IS NULL)",
             index: "induction_periods_open"),
        Plan(name: "dashboard: decisions due", sql: """
            SELECT r.id FROM reports r LEFT JOIN induction_decisions d ON d.ect_id = r.ect_id
            WHERE r.kind = 'final-formal-assessment' AND r.state = 'accepted' AND d.id IS NULL
            """, index: "reports_final_by_state", ordered: false),
        Plan(name: "QA queue", sql: "SELECT r.id \(reports) WHERE r.state = 'submitted' ORDER BY r.submitted_at, r.due_date, r.id LIMIT 50 OFFSET 0",
             index: "reports_queue"),
        Plan(name: "recently decided",
             sql: "SELECT r.id \(reports) WHERE likely(r.state IN ('returned', 'accepted')) ORDER BY r.decided_at DESC, r.id DESC LIMIT 20",
             index: "reports_recently_decided"),
        Plan(name: "schools and ECTs", sql: """
            SELECT s.id, e.id FROM schools s LEFT JOIN ects e ON e.school_id = s.id AND e.registration_status = 'confirmed'
            WHERE (?1 IS NULL OR s.id = ?1) AND (?2 IS NULL OR s.urn = ?2)
            ORDER BY s.name, s.id, e.last_name, e.first_name, e.id LIMIT 50 OFFSET 0
            """, bindings: [nil as Int?, nil as String?], index: "schools_by_name"),
        Plan(name: "schools and ECTs: the ECT count", sql: "SELECT count(*) FROM ects WHERE registration_status = 'confirmed'",
             index: "ects_by_registration_status"),
        Plan(name: "schools list", sql: "SELECT s.id, s.name FROM schools s ORDER BY s.name, s.id LIMIT 50", index: "schools_by_name"),
        // Migration029: the matches come from the full-text index and are sorted, never every ECT.
        Plan(name: "search by name", sql: """
            SELECT e.id FROM ects e JOIN schools s ON s.id = e.school_id
            WHERE e.id IN (SELECT rowid FROM ect_name_search WHERE ect_name_search MATCH ?) ORDER BY e.last_name, e.first_name, e.id LIMIT 25
            """, bindings: ["\"copy\"*"], index: "0:M", ordered: false),
        Plan(name: "search by TRN", sql: "SELECT e.id FROM ects e WHERE e.trn >= ? AND e.trn < ? ORDER BY e.last_name LIMIT 25",
             bindings: ["301", "301:"], index: "sqlite_autoindex_ects_1", ordered: false),
        Plan(name: "search schools by name", sql: """
            SELECT s.id FROM schools s WHERE s.id IN (SELECT rowid FROM school_name_search WHERE school_name_search MATCH ?) ORDER BY s.name LIMIT 25
            """, bindings: ["\"holme\"*"], index: "0:M", ordered: false),
        Plan(name: "audit log", sql: "SELECT * FROM audit_events ORDER BY occurred_at DESC, id DESC LIMIT 50 OFFSET 0",
             index: "audit_events_by_time"),
        Plan(name: "outbox by status", sql: "SELECT * FROM outbox_messages WHERE status = ? ORDER BY id DESC LIMIT 50 OFFSET 0",
             bindings: ["pending"], index: "outbox_by_status"),
        Plan(name: "notifications", sql: "SELECT id FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT 20",
             bindings: [1], index: "notifications_by_user"),
        Plan(name: "at-risk list", sql: """
            SELECT r.id \(reports) JOIN at_risk_entries a ON a.report_id = r.id WHERE a.left_at IS NULL ORDER BY a.joined_at, a.id
            """, index: "at_risk_open_by_joined"),
        Plan(name: "a report's signatures", sql: "SELECT * FROM report_signatures WHERE report_id = ? ORDER BY id",
             bindings: [1], index: "report_signatures_by_report"),
        Plan(name: "an ECT's tutor and mentor history",
             sql: "SELECT * FROM staff_assignments WHERE ect_id = ? AND role = ? ORDER BY from_date", bindings: [1, "tutor"],
             index: "staff_assignments_by_ect"),
        Plan(name: "a report's at-risk entries", sql: "SELECT * FROM at_risk_entries WHERE report_id = ?", bindings: [1],
             index: "at_risk_entries_by_report"),
        Plan(name: "a school's ECTs on a school-led programme, in induction (the school page)",
             sql: "SELECT ects FROM (\(ProgrammeCheckRows.schoolLedInInduction)) WHERE school_id = ?", bindings: [1],
             index: "ects_by_school", forbids: "LIST SUBQUERY"),
        Plan(name: "an ECT's at-risk entries", sql: "SELECT * FROM at_risk_entries WHERE ect_id = ?", bindings: [1],
             index: "at_risk_entries_by_ect"),
    ] }

    func testEachListAndCountReadsItsIndex() throws {
        let database = try TestFixtures.makeDatabase()
        for plan in Self.plans {
            let details = try database.read { c in
                try c.query("EXPLAIN QUERY PLAN " + plan.sql, plan.bindings).map { try $0.string("detail") }
            }.joined(separator: "\n")
            XCTAssertTrue(details.contains("INDEX \(plan.index)"), "\(plan.name) does not use \(plan.index):\n\(details)")
            if let forbidden = plan.forbids {
                XCTAssertFalse(details.contains(forbidden), "\(plan.name) reads a whole table into a list:\n\(details)")
            }
            if plan.ordered {
                XCTAssertFalse(details.contains("TEMP B-TREE FOR ORDER BY"), "\(plan.name) sorts every row:\n\(details)")
            }
        }
    }
}
