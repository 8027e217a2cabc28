@testable import Induction
import XCTest

/// Who may read and act on a report, by the policy alone (the verbs then check the person's part).
final class ReportAccessPolicyTests: XCTestCase {
    private func person(_ role: Role, school: Int? = 1, ect: Int? = nil, mentees: Set<Int> = []) -> Principal {
        let grant = RoleGrant(id: 1, userID: 1, role: role, schoolID: role.isAppropriateBodyStaff ? nil : school, ectID: ect)
        return Principal(user: User(id: 1, name: "P", email: "p@example.org", active: true, hasPassword: true), grants: [grant],
                         active: grant, menteeIDs: mentees)
    }

    private func report(school: Int = 1, ectSchool: Int = 1, draft: Bool = false) -> Scope {
        .report(id: 9, ectID: 5, schoolID: school, ectSchoolID: ectSchool, isDraft: draft)
    }

    func testADraftIsTheSchoolsAlone() {
        XCTAssertTrue(AccessPolicy.allows(person(.inductionTutor), .viewReport, report(draft: true)))
        XCTAssertTrue(AccessPolicy.allows(person(.headteacher), .viewReport, report(draft: true)))
        XCTAssertFalse(AccessPolicy.allows(person(.ect, ect: 5), .viewReport, report(draft: true)))
        XCTAssertFalse(AccessPolicy.allows(person(.mentor, mentees: [5]), .viewReport, report(draft: true)))
        XCTAssertFalse(AccessPolicy.allows(person(.abOfficer), .viewReport, report(draft: true)))
        XCTAssertTrue(AccessPolicy.allows(person(.ect, ect: 5), .viewReport, report()))
        XCTAssertTrue(AccessPolicy.allows(person(.mentor, mentees: [5]), .viewReport, report()))
        XCTAssertFalse(AccessPolicy.allows(person(.mentor, mentees: [6]), .viewReport, report()), "not their mentee")
    }

    func testSchoolAdministratorsNeverReadReports() {
        XCTAssertFalse(AccessPolicy.allows(person(.schoolAdmin), .viewReport, report()))
    }

    /// SG 2.62: the ECT's new school reads the reports written at the school they left; the old
    /// school keeps reading its own; a third school reads nothing.
    func testTheNewSchoolReadsTheEarlierSchoolsReports() {
        let earlier = report(school: 1, ectSchool: 2)
        XCTAssertTrue(AccessPolicy.allows(person(.headteacher, school: 2), .viewReport, earlier))
        XCTAssertTrue(AccessPolicy.allows(person(.inductionTutor, school: 2), .viewReport, earlier))
        XCTAssertTrue(AccessPolicy.allows(person(.headteacher, school: 1), .viewReport, earlier))
        XCTAssertFalse(AccessPolicy.allows(person(.headteacher, school: 3), .viewReport, earlier))
        XCTAssertFalse(AccessPolicy.allows(person(.inductionTutor, school: 2), .writeReport, earlier), "read, never write")
    }

    func testOnlyTheSchoolWritesTheECTCommentsAndTheAppropriateBodyDecides() {
        XCTAssertTrue(AccessPolicy.allows(person(.inductionTutor), .writeReport, report()))
        XCTAssertFalse(AccessPolicy.allows(person(.mentor, mentees: [5]), .writeReport, report()), "SG 2.45")
        XCTAssertFalse(AccessPolicy.allows(person(.inductionLead), .writeReport, report()))
        XCTAssertFalse(AccessPolicy.allows(person(.ect, ect: 5), .writeReport, report()))
        XCTAssertTrue(AccessPolicy.allows(person(.ect, ect: 5), .commentOnReport, report()))
        XCTAssertFalse(AccessPolicy.allows(person(.inductionTutor), .commentOnReport, report()))
        XCTAssertTrue(AccessPolicy.allows(person(.abOfficer), .decideReport, report()))
        XCTAssertFalse(AccessPolicy.allows(person(.headteacher), .decideReport, report()))
    }
}
