import Induction
import InductTestSupport
import Web
import XCTest

/// design.md: sign-in is throttled per account and per client address; one account's lock never
/// stops another account signing in from the same address (a school's proxy puts everyone behind one).
final class SignInThrottlingTests: XCTestCase {
    func testTwentyWrongPasswordsLockTheAccountButNotTheAddress() throws {
        let application = try TestEnvironment.makeApplication()
        let attacker = TestSession(application, remoteAddress: "198.51.100.7")
        attacker.get("/sign-in")
        var statuses: [Int] = []
        for attempt in 1...20 {
            let response = attacker.post("/sign-in", form: [("email", "mentor@107512.schools.example"), ("password", "wrong-guess-\(attempt)")])
            statuses.append(response.status)
            if response.status == 429 {
                let retryAfter = try XCTUnwrap(response.headers["Retry-After"].flatMap(Int.init), "attempt \(attempt)")
                XCTAssertGreaterThan(retryAfter, 0)
                XCTAssertLessThanOrEqual(retryAfter, 900, "never more than 15 minutes")
                XCTAssertTrue(response.text.contains("Too many attempts to sign in"), "attempt \(attempt)")
            }
        }
        // SignInThrottle: the 5th consecutive failure locks the account (the clock is fixed in tests).
        XCTAssertEqual(statuses, Array(repeating: 422, count: 5) + Array(repeating: 429, count: 15))

        let right = attacker.post("/sign-in", form: [("email", "mentor@107512.schools.example"), ("password", TestEnvironment.demoPassword)])
        XCTAssertEqual(right.status, 429, "even the right password waits out the lock")
        XCTAssertNotNil(right.headers["Retry-After"])
        XCTAssertTrue(attacker.get("/account").isSignInRedirect, "not signed in")

        let colleague = TestSession(application, remoteAddress: "198.51.100.7")
        let signedIn = colleague.signIn("induction-lead@107512.schools.example")
        XCTAssertEqual(signedIn.status, 303, "another account from the same address signs in at once")
        XCTAssertEqual(signedIn.location, "/schools/\(try DemoRecords(application.database).schoolID(urn: DemoRecords.calderValleyURN))")

        let records = DemoRecords(application.database)
        let actions = try records.auditActions()
        XCTAssertEqual(actions.filter { $0 == "sign_in.failed" }.count, 5)
        XCTAssertEqual(actions.filter { $0 == "sign_in.throttled" }.count, 16)
        XCTAssertFalse(try records.auditText().contains("wrong-guess"), "no typed password in the audit trail")
    }

    func testTheLockIsPerAccountWhateverTheCaseOrSpacesOfTheEmail() throws {
        let application = try TestEnvironment.makeApplication()
        let session = TestSession(application)
        session.get("/sign-in")
        for variant in ["mentor@107512.schools.example", "MENTOR@107512.schools.example", " Mentor@107512.Schools.Example ",
                        "mentor@107512.schools.example", "mentor@107512.SCHOOLS.example"] {
            XCTAssertEqual(session.post("/sign-in", form: [("email", variant), ("password", "not-the-password")]).status, 422, variant)
        }
        XCTAssertEqual(session.post("/sign-in", form: [("email", "Mentor@107512.schools.example"), ("password", "x-x-x-x-x-x")]).status, 429)
    }
}
