import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Migration 007 moves the free-text tutor and mentor names to accounts honestly: an exact name
/// (ignoring case and spaces) of one account at the school with the right role, otherwise nobody.
final class StaffAssignmentMigrationTests: XCTestCase {
    private var database: Database!

    override func setUpWithError() throws {
        let before = Array(Schema.migrations.prefix { $0.name < "007" })
        XCTAssertTrue(before.contains { $0.name == "005_school_status_and_phase" })
        database = try TestFixtures.makeDatabase(migrations: before)
        try database.write { c in
            try c.execute("""
                INSERT INTO appropriate_bodies (id, name, created_at) VALUES (1, 'AB', '2026-01-01T00:00:00Z');
                INSERT INTO schools (id, appropriate_body_id, urn, name, created_at) VALUES
                    (1, 1, '100001', 'One', '2026-01-01T00:00:00Z'), (2, 1, '100002', 'Two', '2026-01-01T00:00:00Z');
                INSERT INTO users (id, name, email, created_at) VALUES
                    (1, 'Rachel Sutcliffe', 'rachel@example.org', '2026-01-01T00:00:00Z'),
                    (2, 'Laura Bentley', 'laura@example.org', '2026-01-01T00:00:00Z'),
                    (3, 'Sam Twin', 'sam1@example.org', '2026-01-01T00:00:00Z'),
                    (4, 'Sam Twin', 'sam2@example.org', '2026-01-01T00:00:00Z'),
                    (5, 'Imran Hussain', 'imran@example.org', '2026-01-01T00:00:00Z'),
                    (6, 'Gareth Pickles', 'gareth@example.org', '2026-01-01T00:00:00Z');
                INSERT INTO role_grants (user_id, role, school_id, created_at) VALUES
                    (1, 'headteacher', 1, '2026-01-01T00:00:00Z'),
                    (2, 'mentor', 1, '2026-01-01T00:00:00Z'),
                    (3, 'induction_tutor', 1, '2026-01-01T00:00:00Z'),
                    (4, 'induction_tutor', 1, '2026-01-01T00:00:00Z'),
                    (5, 'induction_lead', 1, '2026-01-01T00:00:00Z'),
                    (6, 'mentor', 2, '2026-01-01T00:00:00Z');
                INSERT INTO ects (id, school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, mentor_name, created_at)
                VALUES
                    (1, 1, 'A', 'One', '1000001', '2025-09-01', 100, '  rachel   SUTCLIFFE ', 'laura bentley', '2026-01-01T00:00:00Z'),
                    (2, 1, 'B', 'Two', '1000002', '2025-09-01', 100, 'Sam Twin', 'Gareth Pickles', '2026-01-01T00:00:00Z'),
                    (3, 1, 'C', 'Three', '1000003', '2026-01-05', 100, 'Imran Hussain', '', '2026-01-01T00:00:00Z'),
                    (4, 1, 'D', 'Four', '1000004', '2025-09-01', 100, 'Laura Bentley', 'Rachel Sutcliffe', '2026-01-01T00:00:00Z');
                INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
                    VALUES (1, 1, '2025-09-01', 'confirmed', '2026-01-01T00:00:00Z');
                """)
        }
        _ = try database.migrate(Schema.migrations)
    }

    private func assignments() throws -> [String] {
        try database.read { c in
            try c.query("SELECT ect_id, role, user_id, from_date, to_date, assigned_by FROM staff_assignments ORDER BY ect_id, role")
                .map { "\(try $0.int("ect_id")) \(try $0.string("role")) \(try $0.int("user_id")) \(try $0.string("from_date"))"
                    + " \(try $0.optionalString("to_date") ?? "current") \(try $0.optionalInt("assigned_by").map(String.init) ?? "migrated")" }
        }
    }

    func testNamesMatchOneAccountAtTheSchoolWithTheRoleIgnoringCaseAndSpaces() throws {
        XCTAssertEqual(try assignments(), [
            "1 mentor 2 2025-09-01 current migrated",
            "1 tutor 1 2025-09-01 current migrated",
        ], "a headteacher may be the tutor; two Sam Twins are a guess; another school's mentor, an induction lead, "
            + "and people without the role are not assigned")
    }

    func testUnmatchedNamesAreKeptToShowAndTheRecordsSayNobodyIsAssigned() throws {
        let unmatched = try database.read { c in
            try c.query("SELECT ect_id, role, name FROM unmatched_staff_names ORDER BY ect_id, role")
                .map { "\(try $0.int("ect_id")) \(try $0.string("role")) \(try $0.string("name"))" }
        }
        XCTAssertEqual(unmatched, ["2 mentor Gareth Pickles", "2 tutor Sam Twin", "3 tutor Imran Hussain",
                                   "4 mentor Rachel Sutcliffe", "4 tutor Laura Bentley"])
        let record = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: 2, $0) })
        XCTAssertNil(record.ect.tutor)
        XCTAssertEqual(record.staffTasks, ["No tutor assigned", "No mentor assigned"])
        XCTAssertEqual(record.unmatchedStaffNames, [.tutor: "Sam Twin", .mentor: "Gareth Pickles"])
        let matched = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: 1, $0) })
        XCTAssertEqual(matched.ect.tutor?.userID, 1)
        XCTAssertEqual(matched.ect.tutor?.name, "Rachel Sutcliffe")
        XCTAssertEqual(matched.staffTasks, [])
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM ects WHERE tutor_name = '  rachel   SUTCLIFFE '") }, 1,
                       "the old column is left as it was")
    }
}
