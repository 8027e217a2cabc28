import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import Security
import XCTest

final class SessionStoreTests: XCTestCase {
    private var time: MutableTimeSource!
    private var database: Database!
    private var store: SessionStore!

    override func setUpWithError() throws {
        time = MutableTimeSource()
        database = try TestFixtures.makeDatabase(accounts: false)
        store = SessionStore(database: database, time: time)
    }

    private func signIn(_ userID: Int, pending: Bool = false, replacing: String? = nil) throws -> String {
        try store.start(userID: userID, secondFactorPending: pending, clientAddress: "203.0.113.5", replacing: replacing).token
    }

    private func switchRole(_ token: String, to grantID: Int) throws -> (token: String, session: Session)? {
        try SwitchRole(store: InductionStore(database: database, time: time)).switchRole(token, to: grantID, author: TestFixtures.makeAuthor())
    }

    func testOnlyTheHashOfTheTokenIsStored() throws {
        let userID = try SignInFixtures.makeUser(database, email: "tutor@example.org", hash: nil)
        let (token, session) = try store.start(userID: userID, secondFactorPending: false, clientAddress: "203.0.113.5", replacing: nil)
        XCTAssertEqual(token.count, 43, "256 bits as unpadded base64url")
        XCTAssertGreaterThanOrEqual(session.csrfToken.count, 43)
        let stored = try database.read { try $0.query("SELECT * FROM sessions") }
        XCTAssertEqual(stored.count, 1)
        let text = try stored[0].columnNames.map { "\(try stored[0].value($0))" }.joined()
        XCTAssertFalse(text.contains(token))
        XCTAssertEqual(try stored[0].string("token_hash"), Digest.sha256Hex(token))
    }

    func testAnonymousSessionHasNoPrincipalAndLastsTwoHoursIdle() throws {
        let (token, session) = try store.startAnonymous(clientAddress: "203.0.113.5")
        XCTAssertNil(session.userID)
        let resolved = try XCTUnwrap(try store.resolve(token))
        XCTAssertEqual(resolved.session, session)
        XCTAssertNil(resolved.principal)
        time.advance(minutes: 119)
        XCTAssertNotNil(try store.resolve(token), "anonymous sessions outlive the 30-minute idle limit")
        time.advance(minutes: 121)
        XCTAssertNil(try store.resolve(token))
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM sessions"), 0, "expired row deleted")
    }

    func testSignInReplacesTheVisitorSessionWithNewTokens() throws {
        let userID = try SignInFixtures.makeUser(database, email: "both@example.org", hash: nil,
                                                 grants: [(.headteacher, 2), (.inductionTutor, 1), (.abOfficer, nil)])
        let visitor = try store.startAnonymous(clientAddress: "203.0.113.5")
        let signedIn = try store.start(userID: userID, secondFactorPending: false, clientAddress: "203.0.113.5", replacing: visitor.token)
        XCTAssertNotEqual(signedIn.token, visitor.token)
        XCTAssertNotEqual(signedIn.session.csrfToken, visitor.session.csrfToken)
        XCTAssertNil(try store.resolve(visitor.token), "fixation: the old token is dead")
        let principal = try XCTUnwrap(try store.resolve(signedIn.token)?.principal)
        XCTAssertEqual(principal.grants.map(\.role), [.abOfficer, .inductionTutor, .headteacher], "AB first, then by school name")
        XCTAssertEqual(principal.active.role, .abOfficer)
        XCTAssertEqual(principal.grants[1].schoolName, "Calder Valley Primary School")
    }

    func testSignedInSessionEndsAfterThirtyMinutesIdle() throws {
        let token = try signIn(try SignInFixtures.makeUser(database, email: "idle@example.org", hash: nil))
        time.advance(minutes: 29)
        XCTAssertNotNil(try store.resolve(token)?.principal)
        time.advance(minutes: 29)
        XCTAssertNotNil(try store.resolve(token)?.principal, "each request moves the idle deadline")
        time.advance(minutes: 30)
        XCTAssertNil(try store.resolve(token))
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM sessions"), 0)
    }

    func testSignedInSessionEndsTwelveHoursAfterSignInHoweverBusy() throws {
        let userID = try SignInFixtures.makeUser(database, email: "busy@example.org", hash: nil, grants: [(.mentor, 1), (.mentor, 2)])
        var token = try signIn(userID)
        for step in 1...28 {
            time.advance(minutes: 25)
            if step == 14 {
                let grant = try SignInFixtures.grantIDs(database, userID: userID)[1]
                token = try XCTUnwrap(try switchRole(token, to: grant)).token
            }
            XCTAssertNotNil(try store.resolve(token), "after \(step * 25) minutes")
        }
        time.advance(minutes: 21)
        XCTAssertNil(try store.resolve(token), "12 hours 1 minute; a role switch does not extend it")
    }

    func testSwitchingRoleRotatesTheTokenAndIsAudited() throws {
        let userID = try SignInFixtures.makeUser(database, email: "two@example.org", name: "Joanne Firth", hash: nil,
                                                 grants: [(.mentor, 2), (.inductionTutor, 3)])
        let other = try SignInFixtures.makeUser(database, email: "other@example.org", hash: nil)
        let token = try signIn(userID)
        let tutorGrant = try SignInFixtures.grantIDs(database, userID: userID)[1]
        XCTAssertNil(try switchRole(token, to: try SignInFixtures.grantIDs(database, userID: other)[0]),
                     "another person's grant")
        let switched = try XCTUnwrap(try switchRole(token, to: tutorGrant))
        XCTAssertNotEqual(switched.token, token)
        XCTAssertNil(try store.resolve(token))
        let principal = try XCTUnwrap(try store.resolve(switched.token)?.principal)
        XCTAssertEqual(principal.active.id, tutorGrant)
        XCTAssertEqual(principal.active.schoolName, "St Aidan's C of E High School")
        XCTAssertEqual(try SignInFixtures.auditActions(database).last, "role.switched")
        XCTAssertFalse(try SignInFixtures.auditText(database).contains(switched.token))
    }

    func testSecondFactorPendingSessionGrantsNothingUntilCompleted() throws {
        let userID = try SignInFixtures.makeUser(database, email: "head@example.org", hash: nil, grants: [(.headteacher, 1)])
        let pending = try signIn(userID, pending: true)
        let resolved = try XCTUnwrap(try store.resolve(pending))
        XCTAssertTrue(resolved.session.secondFactorPending)
        XCTAssertNil(resolved.principal)
        XCTAssertNil(try switchRole(pending, to: try SignInFixtures.grantIDs(database, userID: userID)[0]))
        let completed = try XCTUnwrap(try store.completeSecondFactor(pending, clientAddress: ""))
        XCTAssertNotEqual(completed.token, pending)
        XCTAssertFalse(completed.session.secondFactorPending)
        XCTAssertNil(try store.resolve(pending))
        XCTAssertEqual(try store.resolve(completed.token)?.principal?.active.role, .headteacher)
        XCTAssertNil(try store.completeSecondFactor(completed.token, clientAddress: ""), "nothing pending any more")
    }

    func testSignOutDeletesTheRowAndIsAudited() throws {
        let token = try signIn(try SignInFixtures.makeUser(database, email: "out@example.org", hash: nil))
        try SignOut(store: InductionStore(database: database, time: time)).end(token, author: TestFixtures.makeAuthor(clientAddress: "203.0.113.5"))
        XCTAssertNil(try store.resolve(token))
        XCTAssertEqual(try SignInFixtures.count(database, "SELECT count(*) FROM sessions"), 0)
        XCTAssertEqual(try SignInFixtures.auditActions(database).last, "signed_out")
    }

    func testDeactivatedPersonLosesTheirSession() throws {
        let userID = try SignInFixtures.makeUser(database, email: "leaver@example.org", hash: nil)
        let token = try signIn(userID)
        try database.write { try $0.run("UPDATE users SET active = 0 WHERE id = ?", [userID]) }
        XCTAssertNil(try store.resolve(token))
    }

    func testRevokedActiveRoleLeavesNoPrincipal() throws {
        let userID = try SignInFixtures.makeUser(database, email: "revoked@example.org", hash: nil, grants: [(.mentor, 1), (.mentor, 2)])
        let token = try signIn(userID)
        let active = try XCTUnwrap(try store.resolve(token)?.session.activeGrantID)
        try database.write { try $0.run("DELETE FROM role_grants WHERE id = ?", [active]) }
        let resolved = try XCTUnwrap(try store.resolve(token))
        XCTAssertNil(resolved.principal, "no silent move to another role; signing in again picks one")
    }

    func testPurgeDeletesOnlyExpiredSessions() throws {
        let userID = try SignInFixtures.makeUser(database, email: "purge@example.org", hash: nil)
        _ = try signIn(userID)
        _ = try store.startAnonymous(clientAddress: "")
        time.advance(minutes: 31)
        let fresh = try signIn(userID)
        XCTAssertEqual(try store.purgeExpired(), 1, "the idle signed-in session; the visitor's has 2 hours")
        XCTAssertNotNil(try store.resolve(fresh))
    }
}
