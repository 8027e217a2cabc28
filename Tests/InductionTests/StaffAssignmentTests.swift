import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Item 10: tutors and mentors are staff accounts, assigned with dates, each change audited; the
/// schema refuses what the service would.
final class StaffAssignmentTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
    }

    private func id(_ sql: String, _ bindings: [any SQLBindable]) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt(sql, bindings) }, sql)
    }

    private func user(_ email: String) throws -> Int { try id("SELECT id FROM users WHERE email = ?", [email]) }
    private func ect(_ trn: String) throws -> Int { try id("SELECT id FROM ects WHERE trn = ?", [trn]) }

    private func assign(_ tutor: Int?, _ mentor: Int?, from: String, ect: Int) throws -> AssignTutorAndMentor.Outcome {
        try AssignTutorAndMentor(store: InductionStore(database: database, time: time))
            .assign(TutorAndMentorChoice(tutorUserID: tutor, mentorUserID: mentor, from: CalendarDate(iso: from)!), ectID: ect,
                    author: TestFixtures.makeAuthor(name: "Imran Hussain", userID: try user("induction-lead@107512.schools.example"),
                                                    role: .inductionLead))
    }

    func testTheDemoGivesEveryECTATutorAndAMentorFromTheirStart() throws {
        let rosters = try database.read { try InductionDirectory().rosters($0) }
        let ects = rosters.flatMap(\.ects)
        XCTAssertEqual(ects.count, 12)
        XCTAssertTrue(ects.allSatisfy { $0.tutor != nil && $0.mentor != nil }, "\(ects.filter { $0.tutor == nil || $0.mentor == nil })")
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM staff_assignments a JOIN ects e ON e.id = a.ect_id "
                                                            + "WHERE a.from_date <> e.induction_start_date") }, 0)
        _ = try SeedDemoAccounts(store: InductionStore(database: database, time: time)).seed(author: .system("induct demo"))
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM staff_assignments") }, 24, "a second run adds nothing")
    }

    func testAChangeClosesTheLastAssignmentTheDayBeforeAndIsAuditedWithBothNames() throws {
        let amelia = try ect("3012456")
        let greenwood = try user("david.greenwood@107512.schools.example")
        XCTAssertEqual(try assign(greenwood, try user("mentor@107512.schools.example"), from: "2026-11-02", ect: amelia), .changed([.tutor]))
        let record = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: amelia, $0) })
        XCTAssertEqual(record.current(.tutor)?.person.name, "David Greenwood")
        XCTAssertEqual(record.current(.tutor)?.from.iso, "2026-11-02")
        let earlier = record.staffAssignments.filter { $0.role == .tutor && !$0.isCurrent }
        XCTAssertEqual(earlier.map(\.person.name), ["Rachel Sutcliffe"])
        XCTAssertEqual(earlier.map { $0.to?.iso }, ["2026-11-01"])
        XCTAssertEqual(record.current(.mentor)?.person.name, "Laura Bentley", "the mentor did not change")
        let audit = try XCTUnwrap(record.history.first)
        XCTAssertEqual(audit.actionName, "ect.tutor_changed")
        XCTAssertEqual(audit.actor, "Imran Hussain")
        XCTAssertEqual(audit.detail, "Induction tutor: Rachel Sutcliffe → David Greenwood from 2 November 2026")

        // A second change on the same day closes the one-day assignment on that day.
        XCTAssertEqual(try assign(try user("headteacher@107512.schools.example"), nil, from: "2026-11-02", ect: amelia),
                       .changed([.tutor, .mentor]))
        let again = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: amelia, $0) })
        XCTAssertEqual(again.staffAssignments.filter { $0.role == .tutor }.map { "\($0.person.name) \($0.from.iso)-\($0.to?.iso ?? "")" },
                       ["Rachel Sutcliffe 2026-11-02-", "David Greenwood 2026-11-02-2026-11-02", "Rachel Sutcliffe 2025-09-01-2026-11-01"])
        XCTAssertNil(again.current(.mentor))
        XCTAssertEqual(again.staffTasks, ["No mentor assigned"])
    }

    func testTheServiceRefusesSomeoneWithoutTheRoleAtTheSchoolAnEarlierDateAndNoChange() throws {
        let amelia = try ect("3012456")
        let rachel = try user("headteacher@107512.schools.example")
        let laura = try user("mentor@107512.schools.example")
        let before = try database.read { try $0.scalarInt("SELECT count(*) FROM staff_assignments") }
        XCTAssertEqual(try assign(try user("induction-lead@107512.schools.example"), laura, from: "2026-11-02", ect: amelia),
                       .refused(["tutor": "Select someone who holds the induction tutor or headteacher role at this school"]))
        XCTAssertEqual(try assign(rachel, try user("mentor@138204.schools.example"), from: "2026-11-02", ect: amelia),
                       .refused(["mentor": "Select someone who holds the mentor role at this school"]), "Joanne Firth mentors at Holme Moss")
        XCTAssertEqual(try assign(rachel, try user("sophie.lumb@107512.schools.example"), from: "2025-08-31", ect: amelia),
                       .refused(["from": "The date the change takes effect must be on or after 1 September 2025, "
                           + "when Laura Bentley became mentor"]))
        XCTAssertEqual(try assign(rachel, laura, from: "2026-11-02", ect: amelia),
                       .refused(["tutor": "Choose a different induction tutor or mentor to make a change"]))
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM staff_assignments") }, before)
    }

    func testTheSchemaRefusesTheWrongRoleTwoCurrentTutorsAndRewritingHistory() throws {
        let amelia = try ect("3012456")
        let insert = { (user: Int, role: String) in
            try self.database.write { c in
                try c.run("""
                    INSERT INTO staff_assignments (ect_id, school_id, user_id, role, from_date, created_at)
                    VALUES (?, (SELECT school_id FROM ects WHERE id = ?), ?, ?, '2026-11-02', '2026-11-25T10:00:00Z')
                    """, [amelia, amelia, user, role])
            }
        }
        XCTAssertThrowsError(try insert(try user("induction-lead@107512.schools.example"), "tutor"), "an induction lead is not a tutor")
        XCTAssertThrowsError(try insert(try user("mentor@138204.schools.example"), "mentor"), "a mentor at another school")
        XCTAssertThrowsError(try insert(try user("mentor@107512.schools.example"), "tutor"), "a mentor is not a tutor")
        XCTAssertThrowsError(try insert(try user("david.greenwood@107512.schools.example"), "tutor"), "Rachel Sutcliffe is still current")
        try database.write { c in
            XCTAssertThrowsError(try c.run("UPDATE staff_assignments SET user_id = 1 WHERE ect_id = ?", [amelia]))
            XCTAssertThrowsError(try c.run("DELETE FROM staff_assignments WHERE ect_id = ?", [amelia]))
            try c.run("UPDATE staff_assignments SET to_date = '2026-11-01' WHERE ect_id = ? AND role = 'tutor'", [amelia])
            XCTAssertThrowsError(try c.run("UPDATE staff_assignments SET to_date = '2026-11-10' WHERE ect_id = ? AND role = 'tutor'", [amelia]),
                                 "closed once")
            XCTAssertThrowsError(try c.run("UPDATE staff_assignments SET to_date = '2020-01-01' WHERE ect_id = ? AND role = 'mentor'", [amelia]),
                                 "before it began")
        }
        XCTAssertNoThrow(try insert(try user("david.greenwood@107512.schools.example"), "tutor"))
    }

    func testRemovingTheRoleEndsTheAssignmentsItAllowedToday() throws {
        let laura = try user("mentor@107512.schools.example")
        let grant = try id("SELECT id FROM role_grants WHERE user_id = ? AND role = 'mentor'", [laura])
        XCTAssertTrue(try RevokeRole(store: InductionStore(database: database, time: time))
            .revoke(grantID: grant, author: Author(userID: nil, name: "Rachel Sutcliffe", role: nil, clientAddress: "")))
        let amelia = try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: try self.ect("3012456"), $0) })
        XCTAssertNil(amelia.current(.mentor))
        XCTAssertEqual(amelia.staffAssignments.filter { $0.role == .mentor }.map { $0.to?.iso }, ["2026-11-25"])
        XCTAssertEqual(amelia.current(.tutor)?.person.name, "Rachel Sutcliffe", "the tutor is untouched")
        XCTAssertEqual(amelia.history.first?.detail, "Mentor: Laura Bentley → nobody from 26 November 2026 (role removed)")
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM staff_assignments WHERE user_id = ? AND to_date IS NULL",
                                                            [laura]) }, 0, "both her mentees")

        // The headteacher who is also the tutor keeps her tutees when her induction tutor role goes.
        let rachel = try user("headteacher@107512.schools.example")
        let tutorGrant = try id("SELECT id FROM role_grants WHERE user_id = ? AND role = 'induction_tutor'", [rachel])
        XCTAssertTrue(try RevokeRole(store: InductionStore(database: database, time: time))
            .revoke(grantID: tutorGrant, author: Author(userID: nil, name: "Imran Hussain", role: nil, clientAddress: "")))
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM staff_assignments WHERE user_id = ? AND to_date IS NULL",
                                                            [rachel]) }, 2)
    }

    func testAMentorMayOpenOnlyTheRecordsOfTheirCurrentMentees() throws {
        let laura = try user("mentor@107512.schools.example")
        let principal = try XCTUnwrap(try database.read { try AccountDirectory().principal(userID: laura, activeGrantID: nil, $0) })
        let school = try id("SELECT id FROM schools WHERE urn = '107512'", [])
        let amelia = try ect("3012456")
        let oliver = try ect("3012457")
        XCTAssertEqual(principal.menteeIDs, [amelia, try ect("3012458")])
        XCTAssertTrue(AccessPolicy.allows(principal, .viewECTRecord, .ect(id: amelia, schoolID: school)))
        XCTAssertFalse(AccessPolicy.allows(principal, .viewECTRecord, .ect(id: oliver, schoolID: school)))
        XCTAssertFalse(AccessPolicy.allows(principal, .viewECTRecord, .ect(id: amelia, schoolID: school + 1)), "the school still counts")
        XCTAssertFalse(AccessPolicy.allows(principal, .assignTutorAndMentor, .ect(id: amelia, schoolID: school)), "SG 2.45: reads only")
        XCTAssertFalse(AccessPolicy.allows(principal, .recordAbsence, .ect(id: amelia, schoolID: school)))
    }
}
