import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

final class RoleGrantsTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private var grants: GrantRole!

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
        grants = GrantRole(store: InductionStore(database: database, time: time, baseURL: "https://induct.test/"))
    }

    private func invite(_ email: String = "new.tutor@example.org", name: String = "Nadia Tutor", role: Role = .inductionTutor,
                        school: Int? = 1, ect: Int? = nil) throws -> InvitationResult {
        try grants.grant(role, to: Invitee(name: name, email: email), schoolID: school, ectID: ect, author: Author(userID: nil, name: "Ruth Admin", role: nil, clientAddress: "203.0.113.9"))
    }

    private func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) ?? -1 }
    }

    private func token(of result: InvitationResult) throws -> String {
        let link = try XCTUnwrap(result.link)
        XCTAssertTrue(link.hasPrefix("https://induct.test/invitations/"), link)
        return String(link.dropFirst("https://induct.test/invitations/".count))
    }

    func testANewPersonGetsAUserAGrantAnInvitationEmailAndAuditRows() throws {
        let result = try invite("New.Tutor@Example.org ")
        let secret = try token(of: result)
        let record = try XCTUnwrap(try database.read {
            try OneTimeTokens().find(secret, purpose: .invitation, now: self.time.now(), in: $0)
        })
        XCTAssertEqual(record.userID, result.userID)
        XCTAssertEqual(record.expiresAt, "2026-12-02T10:00:00Z", "valid for 7 days")
        XCTAssertNil(try database.read {
            try OneTimeTokens().find(secret, purpose: .invitation, now: self.time.now().addingTimeInterval(7 * 86_400 + 1), in: $0)
        })
        XCTAssertNil(try database.read { try OneTimeTokens().find(secret, purpose: .passwordReset, now: self.time.now(), in: $0) })
        XCTAssertEqual(try count("SELECT count(*) FROM users WHERE email = 'new.tutor@example.org' AND password_hash IS NULL"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM role_grants WHERE id = ? AND role = 'induction_tutor' AND school_id = 1", [result.grantID]), 1)

        let email = try XCTUnwrap(try database.read { try OutboxQueries().messages(status: .pending, limit: 10, offset: 0, $0) }.first)
        XCTAssertEqual(email.recipient, "new.tutor@example.org")
        XCTAssertTrue(email.body.contains(try XCTUnwrap(result.link)))
        XCTAssertTrue(email.body.contains("Induction tutor, Calder Valley Primary School"))

        let audit = try database.read { try AuditLog().entries(AuditFilter(), $0) }.filter { $0.actor == "Ruth Admin" }
        XCTAssertEqual(Set(audit.map(\.actionName)), ["role.granted", "user.invited"])
        XCTAssertTrue(audit.allSatisfy { $0.clientAddress == "203.0.113.9" && !$0.detail.contains(secret) })
        XCTAssertEqual(audit.first { $0.actionName == "role.granted" }?.recordID, result.grantID)
    }

    func testTheSameEmailInAnyCaseIsOnePersonWithTwoGrants() throws {
        let first = try invite("mentor@example.org", role: .mentor)
        let second = try invite("MENTOR@example.ORG", role: .inductionTutor, school: 2)
        XCTAssertEqual(first.userID, second.userID)
        XCTAssertNotEqual(first.grantID, second.grantID)
        XCTAssertEqual(try count("SELECT count(*) FROM users"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM role_grants WHERE user_id = ?", [first.userID]), 2)
        let firstToken = try token(of: first)
        XCTAssertNil(try database.read { try OneTimeTokens().find(firstToken, purpose: .invitation, now: self.time.now(), in: $0) },
                     "the newer invitation replaces the older one")
    }

    func testSomeoneWithAPasswordGetsANewRoleEmailAndNoLink() throws {
        let first = try invite("head@example.org", role: .headteacher)
        try database.write { try $0.run("UPDATE users SET password_hash = '$argon2id$v=19$m=65536,t=2,p=1$stub' WHERE id = ?", [first.userID]) }
        let second = try invite("head@example.org", role: .inductionLead)
        XCTAssertNil(second.link)
        XCTAssertEqual(try count("SELECT count(*) FROM one_time_tokens WHERE user_id = ? AND used_at IS NULL", [first.userID]), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM outbox_messages WHERE subject = 'You have a new role in Induct'"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE action = 'user.invited'"), 1)
    }

    func testScopeRulesAreCheckedBeforeAnythingIsWritten() throws {
        XCTAssertThrowsError(try invite(role: .abOfficer, school: 1)) { XCTAssertEqual($0 as? RoleGrantError, .schoolNotAllowed) }
        XCTAssertThrowsError(try invite(role: .headteacher, school: nil)) { XCTAssertEqual($0 as? RoleGrantError, .schoolRequired) }
        XCTAssertThrowsError(try invite(role: .ect, school: 1, ect: nil)) { XCTAssertEqual($0 as? RoleGrantError, .ectRequired) }
        XCTAssertThrowsError(try invite(role: .ect, school: 2, ect: 1)) { XCTAssertEqual($0 as? RoleGrantError, .ectRequired, "ECT 1 is at school 1") }
        XCTAssertThrowsError(try invite(school: 99)) { XCTAssertEqual($0 as? RoleGrantError, .unknownSchool) }
        XCTAssertThrowsError(try invite("not an email")) { XCTAssertEqual($0 as? RoleGrantError, .invalidEmail) }
        XCTAssertThrowsError(try invite(name: " \n ")) { XCTAssertEqual($0 as? RoleGrantError, .invalidName) }
        XCTAssertEqual(try count("SELECT count(*) FROM users"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM outbox_messages"), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events"), 1, "only the seed's event")
        XCTAssertFalse(RoleGrantError.alreadyHeld.message.isEmpty)
        XCTAssertEqual(try InductionStore(database: database, time: time).reader.schoolID(urn: "138204"), 2)
        XCTAssertNil(try InductionStore(database: database, time: time).reader.schoolID(urn: "999999"))
    }

    func testAnABRoleHasNoSchoolAndAnECTRoleNamesItsRecord() throws {
        let officer = try invite("officer@example.org", role: .abOfficer, school: nil)
        XCTAssertEqual(try count("SELECT count(*) FROM role_grants WHERE id = ? AND school_id IS NULL", [officer.grantID]), 1)
        let ect = try invite("amelia@example.org", name: "Amelia Hartley", role: .ect, school: 1, ect: 1)
        XCTAssertEqual(try count("SELECT ect_id FROM role_grants WHERE id = ?", [ect.grantID]), 1)
        XCTAssertThrowsError(try invite("someone.else@example.org", role: .ect, school: 1, ect: 1)) {
            XCTAssertEqual($0 as? RoleGrantError, .alreadyHeld, "one account per ECT record")
        }
    }

    func testTheSameRoleTwiceIsAlreadyHeldAndWritesNothing() throws {
        _ = try invite()
        let before = try count("SELECT count(*) FROM audit_events")
        XCTAssertThrowsError(try invite("NEW.TUTOR@example.org")) { XCTAssertEqual($0 as? RoleGrantError, .alreadyHeld) }
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events"), before)
        XCTAssertEqual(try count("SELECT count(*) FROM outbox_messages"), 1)
    }

    func testTheSchemaStillRefusesGrantsThatBreakTheRules() throws {
        _ = try invite()
        XCTAssertThrowsError(try database.write {
            try $0.run("INSERT INTO role_grants (user_id, role, school_id, created_at) VALUES (1, 'ab_admin', 1, 'x')")
        })
        XCTAssertThrowsError(try database.write {
            try $0.run("INSERT INTO role_grants (user_id, role, created_at) VALUES (1, 'headteacher', 'x')")
        })
        XCTAssertThrowsError(try database.write {
            try $0.run("INSERT INTO role_grants (user_id, role, school_id, created_at) VALUES (1, 'ect', 1, 'x')")
        })
    }

    func testRevokingEndsSessionsInThatRoleOnly() throws {
        let tutor = try invite()
        let mentor = try invite(role: .mentor)
        try database.write { c in
            for (n, grant) in [tutor.grantID, mentor.grantID].enumerated() {
                try c.run("""
                    INSERT INTO sessions (token_hash, user_id, active_grant_id, csrf_token, created_at, last_seen_at)
                    VALUES (?, ?, ?, ?, 'x', 'x')
                    """, [String(repeating: "\(n)", count: 64), tutor.userID, grant, String(repeating: "c", count: 43)])
            }
        }
        XCTAssertTrue(try RevokeRole(store: InductionStore(database: database, time: time)).revoke(grantID: tutor.grantID, author: Author(userID: nil, name: "Ruth Admin", role: nil, clientAddress: "203.0.113.9")))
        XCTAssertEqual(try count("SELECT count(*) FROM sessions WHERE active_grant_id IS NULL"), 0, "no session left without a role")
        XCTAssertEqual(try count("SELECT count(*) FROM sessions WHERE active_grant_id = ?", [mentor.grantID]), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM role_grants WHERE id = ?", [tutor.grantID]), 0)
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE action = 'role.revoked' AND record_id = ?", [tutor.grantID]), 1)
        XCTAssertFalse(try RevokeRole(store: InductionStore(database: database, time: time)).revoke(grantID: tutor.grantID, author: Author(userID: nil, name: "Ruth Admin", role: nil, clientAddress: "")))
    }

    func testRevokingTheLastGrantEndsEverySessionAndTheInvitation() throws {
        let tutor = try invite()
        let secret = try token(of: tutor)
        try database.write { c in
            try c.run("""
                INSERT INTO sessions (token_hash, user_id, csrf_token, second_factor_pending, created_at, last_seen_at)
                VALUES (?, ?, ?, 1, 'x', 'x')
                """, [String(repeating: "a", count: 64), tutor.userID, String(repeating: "c", count: 43)])
        }
        XCTAssertTrue(try RevokeRole(store: InductionStore(database: database, time: time)).revoke(grantID: tutor.grantID, author: Author(userID: nil, name: "Ruth Admin", role: nil, clientAddress: "")))
        XCTAssertEqual(try count("SELECT count(*) FROM sessions WHERE user_id = ?", [tutor.userID]), 0)
        XCTAssertNil(try database.read { try OneTimeTokens().find(secret, purpose: .invitation, now: self.time.now(), in: $0) })
    }
}
