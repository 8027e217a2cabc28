import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 4 item 2: the appropriate body's list of schools, and suspending, reinstating and phases.
final class SchoolsListTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
    }

    private func session(_ email: String, role: Role) throws -> TestSession {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role))
        return session
    }

    private func admin() throws -> TestSession { try session("ab-admin@pennine.example", role: .abAdmin) }
    private func officer() throws -> TestSession { try session("ab-officer@pennine.example", role: .abOfficer) }

    /// The cells of the table row for the school with this URN: status, URN, name, phase, LA, staff, ECTs.
    private func row(_ urn: String, in text: String) -> [String] {
        let rows = HTML.allMatches(#"<tr>(.*?)</tr>"#, in: text).filter { $0.contains("<td>\(urn)</td>") }
        guard rows.count == 1 else { return [] }
        return HTML.allMatches(#"<t[dh][^>]*>(.*?)</t[dh]>"#, in: rows[0]).map(HTML.plainText)
    }

    func testTheListShowsEverySchoolWithCountsThatMatchTheDatabase() throws {
        let session = try officer()
        let page = session.get("/ab/schools")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.heading, "Schools")
        let schools = try application.database.read { try $0.query("SELECT id, urn, name FROM schools") }
        XCTAssertFalse(schools.isEmpty)
        for school in schools {
            let id = try school.int("id"), urn = try school.string("urn")
            let staff = try records.count("SELECT count(DISTINCT user_id) FROM role_grants WHERE school_id = ? AND role <> 'ect'", [id])
            let ects = try records.count("SELECT count(*) FROM ects WHERE school_id = ? AND registration_status = 'confirmed'", [id])
            let cells = row(urn, in: page.text)
            XCTAssertEqual(cells.count, 7, "row for \(urn)")
            guard cells.count == 7 else { continue }
            XCTAssertEqual(cells[0], "Authorised")
            XCTAssertEqual(HTML.decodeEntities(cells[2]), try school.string("name"))
            XCTAssertEqual(cells[5], String(staff), "staff at \(urn)")
            XCTAssertEqual(cells[6], String(ects), "ECTs at \(urn)")
        }
        XCTAssertTrue(page.text.contains(#"href="/schools/\#(calder)""#))
        let calderStaff = try records.count("SELECT count(DISTINCT user_id) FROM role_grants WHERE school_id = ? AND role <> 'ect'", [calder])
        XCTAssertGreaterThan(calderStaff, 1, "the headteacher who is also the tutor counts once")
    }

    func testPendingRegistrationRequestsAreListedAndLinkToTheDecisions() throws {
        _ = try records.makeRegistrationRequest(urn: "600123", time: TestEnvironment.fixedTime)
        let session = try officer()
        let cells = row("600123", in: session.get("/ab/schools").text)
        XCTAssertEqual(cells.first, "Pending")
        let pending = session.get("/ab/schools?status=pending").text
        XCTAssertTrue(pending.contains(#"<a href="/admin/registrations">Test School 600123</a>"#))
        XCTAssertTrue(row(DemoRecords.calderValleyURN, in: pending).isEmpty)
    }

    func testTheAdminSuspendsAndReinstatesASchool() throws {
        let session = try admin()
        let school = session.get("/schools/\(calder)")
        XCTAssertTrue(school.text.contains("Suspend this school"))
        let response = session.post("/ab/schools/\(calder)/status", form: [("status", "suspended")])
        XCTAssertEqual(response.location, "/schools/\(calder)?school-updated=status")
        XCTAssertEqual(try records.auditActions().filter { $0 == "school.suspended" }.count, 1)
        let suspended = session.get("/ab/schools?status=suspended")
        XCTAssertEqual(row(DemoRecords.calderValleyURN, in: suspended.text).first, "Suspended")
        XCTAssertTrue(row(DemoRecords.holmeMossURN, in: suspended.text).isEmpty)
        let head = try self.session("headteacher@107512.schools.example", role: .headteacher)
        let headPage = HTML.decodeEntities(head.get("/schools/\(calder)").text)
        XCTAssertTrue(headPage.contains("The appropriate body has suspended this school's account."))
        XCTAssertFalse(headPage.contains("Register an ECT"))
        XCTAssertEqual(session.post("/ab/schools/\(calder)/status", form: [("status", "authorised")]).status, 303)
        XCTAssertEqual(try records.auditActions().filter { $0 == "school.reinstated" }.count, 1)
        XCTAssertEqual(row(DemoRecords.calderValleyURN, in: session.get("/ab/schools").text).first, "Authorised")
    }

    func testTheAdminRecordsThePhaseAndRejectsUnknownValues() throws {
        let session = try admin()
        session.get("/schools/\(calder)")
        XCTAssertEqual(session.post("/ab/schools/\(calder)/phase", form: [("phase", "secondary")]).status, 303)
        XCTAssertEqual(row(DemoRecords.calderValleyURN, in: session.get("/ab/schools").text)[safe: 3], "Secondary")
        XCTAssertTrue(try records.auditActions().contains("school.phase_changed"))
        XCTAssertEqual(session.post("/ab/schools/\(calder)/phase", form: [("phase", "university")]).status, 400)
        XCTAssertEqual(session.post("/ab/schools/\(calder)/status", form: [("status", "closed")]).status, 400)
        XCTAssertEqual(session.post("/ab/schools/999999/status", form: [("status", "suspended")]).status, 404)
    }

    func testAnOfficerMayListButNotSuspend() throws {
        let session = try officer()
        let home = session.get("/ab")
        XCTAssertTrue(home.text.contains(#"href="/ab/schools""#))
        XCTAssertFalse(session.get("/schools/\(calder)").text.contains("Suspend this school"))
        XCTAssertEqual(session.post("/ab/schools/\(calder)/status", form: [("status", "suspended")]).status, 403)
        XCTAssertEqual(try records.count("SELECT count(*) FROM schools WHERE status = 'suspended'"), 0)
        XCTAssertEqual(try self.session("headteacher@107512.schools.example", role: .headteacher).get("/ab/schools").status, 403)
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
