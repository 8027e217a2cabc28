import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

final class DemoAccountsTests: XCTestCase {
    private let time = MutableTimeSource()

    func testCreatesEveryRoleAtEachSchoolOnceWithOnePassword() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let accounts = try SeedDemoAccounts(store: InductionStore(database: database, time: time)).seed(password: "demo password 42", author: .system("induct demo"))
        XCTAssertEqual(accounts.count, 2 + 3 * 7 + 12, "two tutors and two mentors at each school")
        XCTAssertEqual(Array(accounts.prefix(2)).map(\.email), ["ab-admin@pennine.example", "ab-officer@pennine.example"])
        XCTAssertEqual(accounts.first?.schoolURN, "")
        for urn in ["107512", "138204", "145630"] {
            let roles = Set(accounts.filter { $0.schoolURN == urn }.map(\.role))
            XCTAssertEqual(roles, [.headteacher, .inductionLead, .inductionTutor, .mentor, .schoolAdmin, .ect], urn)
            XCTAssertEqual(accounts.filter { $0.schoolURN == urn && $0.role == .ect }.count, 4)
        }
        XCTAssertTrue(accounts.allSatisfy { $0.password == "demo password 42" })
        let emails = Set(accounts.map(\.email))
        XCTAssertTrue(emails.isSuperset(of: ["amelia.hartley@107512.schools.example", "chloe.dubois-smith@138204.schools.example",
                                             "jack.oconnor@138204.schools.example", "headteacher@145630.schools.example"]))
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM users"), emails.count)
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(DISTINCT password_hash) FROM users"), 1, "hashed once")
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM role_grants WHERE ect_id IS NOT NULL"), 12)

        let again = try SeedDemoAccounts(store: InductionStore(database: database, time: time)).seed(password: "demo password 42", author: .system("induct demo"))
        XCTAssertEqual(again, accounts)
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM users"), emails.count)
        XCTAssertEqual(try SignInFixtures.auditActions(database).filter { $0 == "demo.accounts_seeded" }.count, 1)
        XCTAssertFalse(try SignInFixtures.auditText(database).contains("demo password 42"))
    }

    func testHeadteacherWhoTutorsAndMentorAtTwoSchoolsHoldTwoGrants() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let accounts = try SeedDemoAccounts(store: InductionStore(database: database, time: time)).seed(author: .system("induct demo"))
        let head = accounts.filter { $0.email == "headteacher@107512.schools.example" }
        XCTAssertEqual(head.map(\.role), [.headteacher, .inductionTutor])
        let mentor = accounts.filter { $0.email == "mentor@138204.schools.example" }
        XCTAssertEqual(mentor.map(\.role), [.mentor, .inductionTutor])
        XCTAssertEqual(mentor.map(\.schoolURN), ["138204", "145630"])

        let signIn = SignIn(store: InductionStore(database: database, time: time))
        guard case .signedIn(let userID) = try signIn.signIn(email: "mentor@138204.schools.example", password: "induct-demo-2026",
                                                                author: SignInFixtures.visitor("")) else { return XCTFail("demo password signs in") }
        let principal = try XCTUnwrap(try database.read { try AccountDirectory().principal(userID: userID, activeGrantID: nil, $0) })
        XCTAssertEqual(principal.grants.map(\.label), ["Mentor, Holme Moss Academy", "Induction tutor, St Aidan's C of E High School"])
    }

    func testRefusesAWeakPasswordAndMissingDemoSchools() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        XCTAssertThrowsError(try SeedDemoAccounts(store: InductionStore(database: database, time: time)).seed(password: "short", author: .system("induct demo")))
        let empty = try TestFixtures.makeDatabase(seeded: false)
        XCTAssertThrowsError(try SeedDemoAccounts(store: InductionStore(database: empty, time: time)).seed(author: .system("induct demo"))) { error in
            XCTAssertEqual(error as? DemoAccountsError, .missingSchool(urn: "107512"))
        }
        XCTAssertEqual(try SignInFixtures.count(empty, "SELECT count(*) FROM users"), 0, "rolled back")
    }

    func testCSVFollowsRFC4180() {
        let accounts = [
            DemoAccount(role: .abAdmin, email: "ab-admin@pennine.example", schoolURN: "", name: "A", password: "induct-demo-2026"),
            DemoAccount(role: .mentor, email: "m@138204.schools.example", schoolURN: "138204", name: "M", password: "say \"hi\", twice"),
        ]
        XCTAssertEqual(SeedDemoAccounts.csv(accounts),
                       "role,email,school_urn,password\r\n"
                       + "ab_admin,ab-admin@pennine.example,,induct-demo-2026\r\n"
                       + "mentor,m@138204.schools.example,138204,\"say \"\"hi\"\", twice\"\r\n")
    }
}
