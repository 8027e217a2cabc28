import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 7 items 7, 13 and 15 as rules: terms served elsewhere leave some induction to serve, the
/// landing role stays at the person's first school, and the last appropriate body admin stays.
final class RegistrationRulesTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func form(terms: String) -> ECTRegistrationForm {
        var form = TestFixtures.makeECTRegistrationForm(email: "", fte: "1", trainingProgramme: "school-led", leadProvider: "")
        form.termsServedElsewhere = terms
        form.previousAppropriateBody = "Leeds Teaching Hub"
        return form
    }

    func testTermsServedElsewhereMustBeLessThanTheWholeInduction() {
        let message = "Terms already served must be less than 6, the whole induction. Check the number with the previous appropriate body"
        for terms in ["7", "6", "6.0", "16"] {
            XCTAssertEqual(form(terms: terms).validate(today: time.today).messages, ["termsServedElsewhere": message], terms)
            XCTAssertNil(form(terms: terms).validate(today: time.today).value, terms)
        }
        XCTAssertEqual(form(terms: "5.9").validate(today: time.today).value?.termsServedElsewhere, 5900)
        XCTAssertEqual(form(terms: "17").validate(today: time.today).messages,
                       ["termsServedElsewhere": "Enter terms already served as a number, to one decimal place, like 1.5"])
    }

    func testTheLandingRoleIsAtTheFirstSchoolWhateverTheOrder() {
        let first = RoleGrant(id: 10, userID: 1, role: .mentor, schoolID: 3, schoolName: "St Aidan's C of E High School")
        let later = RoleGrant(id: 20, userID: 1, role: .inductionTutor, schoolID: 2, schoolName: "Holme Moss Academy")
        let sameSchool = RoleGrant(id: 30, userID: 1, role: .headteacher, schoolID: 3, schoolName: "St Aidan's C of E High School")
        XCTAssertEqual(RoleGrant.landing([later, first]), first, "listed by school name, Holme Moss first")
        XCTAssertEqual(RoleGrant.landing([later, sameSchool, first]), sameSchool, "the first school's roles in their usual order")
        let officer = RoleGrant(id: 40, userID: 1, role: .abOfficer)
        XCTAssertEqual(RoleGrant.landing([officer, later, first]), officer, "appropriate body roles come first, as before")
        XCTAssertNil(RoleGrant.landing([]))
    }

    func testTheSessionStoreStartsInTheLandingRole() throws {
        let grants = GrantRole(store: InductionStore(database: database, time: time, baseURL: "https://induct.test"))
        let holme = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = '138204'") })
        let aidans = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = '145630'") })
        let first = try grants.grant(.inductionTutor, to: Invitee(name: "Tess Tutor", email: "tutor@example.org"), schoolID: aidans, author: Author(userID: nil, name: "Head A", role: nil, clientAddress: "192.0.2.1"))
        let later = try grants.grant(.mentor, to: Invitee(name: "T. Tutor", email: "TUTOR@example.org"), schoolID: holme, author: Author(userID: nil, name: "Head B", role: nil, clientAddress: "192.0.2.2"))
        XCTAssertEqual(later.userID, first.userID)
        XCTAssertEqual(later.keptAccountName, "Tess Tutor")
        XCTAssertNil(first.keptAccountName)
        let session = try SessionStore(database: database, time: time)
            .start(userID: first.userID, secondFactorPending: false, clientAddress: "192.0.2.3", replacing: nil).session
        XCTAssertEqual(session.activeGrantID, first.grantID)
    }

    func testTheLastAppropriateBodyAdminGrantCannotBeRemoved() throws {
        let grants = GrantRole(store: InductionStore(database: database, time: time, baseURL: "https://induct.test"))
        let only = try grants.grant(.abAdmin, to: Invitee(name: "Ada Admin", email: "admin@pennine.example"), schoolID: nil, author: Author(userID: nil, name: "Setup", role: nil, clientAddress: "192.0.2.1"))
        XCTAssertThrowsError(try RevokeRole(store: InductionStore(database: database, time: time)).revoke(grantID: only.grantID, author: Author(userID: only.userID, name: "Ada Admin", role: nil, clientAddress: "192.0.2.1"))) { error in
            XCTAssertEqual(error as? RoleGrantError, .lastAppropriateBodyAdmin)
        }
        XCTAssertThrowsError(try database.write { try $0.run("DELETE FROM role_grants WHERE id = ?", [only.grantID]) },
                             "the schema refuses it too")
        XCTAssertThrowsError(try database.write { try $0.run("UPDATE role_grants SET role = 'ab_officer' WHERE id = ?", [only.grantID]) })
        XCTAssertEqual(try database.read { try $0.scalarInt("SELECT count(*) FROM role_grants WHERE role = 'ab_admin'") }, 1)

        let second = try grants.grant(.abAdmin, to: Invitee(name: "Bea Admin", email: "second@pennine.example"), schoolID: nil, author: Author(userID: only.userID, name: "Ada Admin", role: nil, clientAddress: "192.0.2.1"))
        XCTAssertTrue(try RevokeRole(store: InductionStore(database: database, time: time)).revoke(grantID: only.grantID, author: Author(userID: second.userID, name: "Bea Admin", role: nil, clientAddress: "192.0.2.1")))
        XCTAssertThrowsError(try RevokeRole(store: InductionStore(database: database, time: time)).revoke(grantID: second.grantID, author: Author(userID: second.userID, name: "Bea Admin", role: nil, clientAddress: "192.0.2.1")))
    }
}
