import Induction
import InductTestSupport
import SQLite
import Web
import XCTest

/// design.md "Security defaults": the session cookie's attributes, a new token at sign-in and on
/// role change, sign-out deleting the server row, argon2id hashes, one message for every failed
/// sign-in, and an audit trail with no secrets in it.
final class SessionSecurityTests: XCTestCase {
    private func attributes(_ setCookie: String) -> [String] {
        setCookie.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private func sessionCookieHeader(_ response: TestResponse, name: String) -> String? {
        response.setCookies.first { $0.hasPrefix(name + "=") }
    }

    func testBehindTheTrustedProxyOverHTTPSTheCookieIsHostPrefixedSecureHttpOnlyAndLax() throws {
        let application = try TestEnvironment.makeApplication(configuration: ApplicationConfiguration(trustedProxy: "127.0.0.1"))
        let session = TestSession(application, remoteAddress: "127.0.0.1", defaultHeaders: [("X-Forwarded-Proto", "https")])
        XCTAssertEqual(session.sessionCookieName, "__Host-session")
        let form = session.get("/sign-in")
        // A visitor gets no session, only the cookie their form's CSRF token is tied to (issue 7 item 17).
        XCTAssertNil(sessionCookieHeader(form, name: "__Host-session"))
        let visitorHeader = try XCTUnwrap(sessionCookieHeader(form, name: "__Host-csrf"), "\(form.setCookies)")
        XCTAssertEqual(Set(attributes(visitorHeader)), ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"])
        XCTAssertFalse(visitorHeader.lowercased().contains("domain="), "__Host- cookies carry no Domain")
        XCTAssertEqual(form.headers["Strict-Transport-Security"], "max-age=31536000; includeSubDomains")
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(session.cookies["__Host-csrf"]).count, 43, "256 bits, base64url")
        // A visitor's session planted before sign-in (session fixation) must not survive it.
        try session.adoptVisitorSession()
        let visitorToken = try XCTUnwrap(session.sessionToken)

        let signedIn = session.post("/sign-in", form: [("email", "ab-officer@pennine.example"), ("password", TestEnvironment.demoPassword)],
                                    headers: [("Origin", "https://localhost")])
        XCTAssertEqual(signedIn.status, 303, signedIn.text)
        let header = try XCTUnwrap(sessionCookieHeader(signedIn, name: "__Host-session"))
        XCTAssertEqual(Set(attributes(header)), ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"])
        let token = try XCTUnwrap(session.sessionToken)
        XCTAssertNotEqual(token, visitorToken, "a new session id at sign-in (session fixation)")
        XCTAssertNil(try application.services.sessions.resolve(visitorToken), "the visitor's session row is gone")
        XCTAssertEqual(session.get("/ab").status, 200)
        XCTAssertNil(session.cookies["induct_session"], "no plain-http cookie over https")

        // Only the configured proxy is believed: anyone else claiming https gets the plain cookie.
        let spoofer = TestSession(application, remoteAddress: "203.0.113.9", defaultHeaders: [("X-Forwarded-Proto", "https")])
        let spoofed = spoofer.get("/sign-in")
        XCTAssertNotNil(sessionCookieHeader(spoofed, name: "induct_csrf"))
        XCTAssertNil(sessionCookieHeader(spoofed, name: "__Host-csrf"))
        XCTAssertNil(spoofed.headers["Strict-Transport-Security"])
    }

    func testOverPlainHTTPTheCookieIsHttpOnlyAndLaxWithoutSecure() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        let visitor = try XCTUnwrap(sessionCookieHeader(session.get("/sign-in"), name: "induct_csrf"))
        XCTAssertEqual(Set(attributes(visitor)), ["Path=/", "HttpOnly", "SameSite=Lax"])
        let signedIn = session.post("/sign-in", form: [("email", "ab-officer@pennine.example"), ("password", TestEnvironment.demoPassword)])
        let header = try XCTUnwrap(sessionCookieHeader(signedIn, name: "induct_session"), "\(signedIn.setCookies)")
        XCTAssertEqual(Set(attributes(header)), ["Path=/", "HttpOnly", "SameSite=Lax"])
    }

    func testRoleSwitchGivesANewSessionIdAndTheOldOneStopsWorking() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let email = "headteacher@107512.schools.example"
        let session = TestSession(application)
        XCTAssertEqual(session.signIn(email).status, 303)
        let before = try XCTUnwrap(session.sessionToken)
        let csrfBefore = try XCTUnwrap(session.csrfToken)
        XCTAssertEqual(session.get("/account").heading, "Your account")
        let tutor = try records.grantID(email: email, role: .inductionTutor, urn: DemoRecords.calderValleyURN)

        let switched = session.post("/account/role", form: [("grant", String(tutor))])
        XCTAssertEqual(switched.status, 303)
        XCTAssertEqual(switched.location, "/schools/\(try records.schoolID(urn: DemoRecords.calderValleyURN))")
        let after = try XCTUnwrap(session.sessionToken)
        XCTAssertNotEqual(after, before, "a new session id on role change")
        XCTAssertEqual(session.get(switched.location ?? "").heading, "Induction tutor home")
        XCTAssertNotEqual(session.csrfToken, csrfBefore, "and a new CSRF token")

        let stale = TestSession(application)
        stale.setCookie("induct_session", before)
        XCTAssertTrue(stale.get("/account").isSignInRedirect, "the old session id signs nobody in")
        XCTAssertEqual(stale.post("/sign-out", csrf: .value(csrfBefore)).status, 403)
        XCTAssertEqual(session.get("/account").status, 200, "the new one works")
    }

    func testSignOutDeletesTheServerSessionSoTheOldCookieNoLongerWorks() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let session = TestSession(application)
        XCTAssertEqual(session.signIn("school-admin@138204.schools.example").status, 303)
        let token = try XCTUnwrap(session.sessionToken)
        let userID = try records.userID(email: "school-admin@138204.schools.example")
        XCTAssertEqual(try records.count("SELECT count(*) FROM sessions WHERE user_id = ?", [userID]), 1)
        session.get("/account")

        let signedOut = session.post("/sign-out")
        XCTAssertEqual(signedOut.status, 303)
        XCTAssertEqual(signedOut.location, "/sign-in?signed-out=1")
        XCTAssertTrue(signedOut.setCookies.contains { $0.hasPrefix("induct_session=;") && $0.contains("Max-Age=0") }, "\(signedOut.setCookies)")
        XCTAssertEqual(try records.count("SELECT count(*) FROM sessions WHERE user_id = ?", [userID]), 0, "the row is deleted")
        XCTAssertTrue(session.get("/sign-in?signed-out=1").text.contains("You have signed out."))

        let replay = TestSession(application)
        replay.setCookie("induct_session", token)
        let page = replay.get("/schools/\(try records.schoolID(urn: DemoRecords.holmeMossURN))")
        XCTAssertTrue(page.isSignInRedirect, "a copied cookie is worthless after sign-out")
        XCTAssertTrue(page.setCookies.contains { $0.hasPrefix("induct_session=;") }, "and the browser is told to forget it")
    }

    func testPasswordsAreStoredAsArgon2idHashes() throws {
        let application = try TestEnvironment.makeApplication()
        let hashes = try application.database.read { c in
            try c.query("SELECT password_hash FROM users WHERE password_hash IS NOT NULL").map { try $0.string("password_hash") }
        }
        XCTAssertGreaterThanOrEqual(hashes.count, 27, "15 staff and 12 ECTs")
        for hash in hashes {
            XCTAssertTrue(hash.hasPrefix("$argon2id$"), hash)
            XCTAssertFalse(hash.contains(TestEnvironment.demoPassword))
        }
        // A reset through the web stores a new argon2id hash, not the password.
        let records = DemoRecords(application.database)
        let token = try records.issueResetToken(email: "mentor@145630.schools.example", time: TestEnvironment.fixedTime)
        let session = TestSession(application)
        XCTAssertEqual(session.get("/reset-password/\(token)").status, 200)
        let newPassword = "moorland heather curlew"
        XCTAssertEqual(session.post("/reset-password/\(token)", form: [("password", newPassword), ("confirmation", newPassword)]).location,
                       "/sign-in?password-set=1")
        let stored = try XCTUnwrap(try application.database.read {
            try $0.queryOne("SELECT password_hash FROM users WHERE email = 'mentor@145630.schools.example'")?.string("password_hash")
        })
        XCTAssertTrue(stored.hasPrefix("$argon2id$"))
        XCTAssertFalse(hashes.contains(stored), "a new salt and hash")
        XCTAssertEqual(TestSession(application).signIn("mentor@145630.schools.example", password: newPassword).status, 303)
        XCTAssertEqual(session.get("/reset-password/\(token)").status, 404, "the link works once")
    }

    func testAnUnknownEmailAndAWrongPasswordGetTheSamePage() throws {
        let application = try TestEnvironment.makeApplication()
        let session = TestSession(application)
        session.get("/sign-in")
        let unknownEmail = "nobody@107512.schools.example"
        let knownEmail = "mentor@107512.schools.example"
        let unknown = session.post("/sign-in", form: [("email", unknownEmail), ("password", "whatever-they-typed")])
        let wrong = session.post("/sign-in", form: [("email", knownEmail), ("password", "whatever-they-typed")])
        XCTAssertEqual(unknown.status, 422)
        XCTAssertEqual(wrong.status, 422)
        XCTAssertTrue(wrong.text.contains("Enter a correct email address and password"))
        // Apart from the email typed back into its field, the two pages are the same, byte for byte.
        XCTAssertEqual(unknown.text.replacingOccurrences(of: unknownEmail, with: "EMAIL"),
                       wrong.text.replacingOccurrences(of: knownEmail, with: "EMAIL"))
        XCTAssertFalse(wrong.text.contains("whatever-they-typed"), "the password is never echoed")
        XCTAssertEqual(unknown.headers["Retry-After"], nil)
    }

    func testTheAuditTrailRecordsSignInsDenialsAndSignOutsButNoPasswords() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let session = TestSession(application, remoteAddress: "192.0.2.44")
        session.get("/sign-in")
        XCTAssertEqual(session.post("/sign-in", form: [("email", "mentor@107512.schools.example"), ("password", "Tr0ub4dor&3-wrong")]).status, 422)
        XCTAssertEqual(session.post("/sign-in", form: [("email", "mentor@107512.schools.example"),
                                                       ("password", TestEnvironment.demoPassword)]).status, 303)
        let sessionToken = try XCTUnwrap(session.sessionToken)
        XCTAssertEqual(session.get("/ects").status, 403)
        session.get("/account")
        XCTAssertEqual(session.post("/sign-out").status, 303)

        let actions = try records.auditActions()
        for action in ["sign_in.failed", "sign_in.succeeded", "permission.denied", "signed_out"] {
            XCTAssertTrue(actions.contains(action), "\(action) missing from \(actions)")
        }
        let ordered = actions.filter { ["sign_in.failed", "sign_in.succeeded", "permission.denied", "signed_out"].contains($0) }
        XCTAssertEqual(ordered, ["sign_in.failed", "sign_in.succeeded", "permission.denied", "signed_out"])
        let userID = try records.userID(email: "mentor@107512.schools.example")
        let denial = try XCTUnwrap(try application.database.read {
            try $0.queryOne("SELECT * FROM audit_events WHERE action = 'permission.denied'")
        })
        XCTAssertEqual(try denial.optionalInt("actor_user_id"), userID)
        XCTAssertEqual(try denial.string("client_address"), "192.0.2.44")
        XCTAssertTrue(try denial.string("detail").contains("/ects"))

        let text = try records.auditText()
        for secret in [TestEnvironment.demoPassword, "Tr0ub4dor&3-wrong", sessionToken] {
            XCTAssertFalse(text.contains(secret), "the audit trail contains \(secret)")
        }
        let passwordColumns = try application.database.read { c in
            try c.query("SELECT name FROM pragma_table_info('audit_events')").map { try $0.string("name") }
        }.filter { $0.contains("password") }
        XCTAssertEqual(passwordColumns, [])
    }

    func testAPendingSecondFactorGrantsNothingUntilTheCodeAndThenRotatesTheSession() throws {
        let application = try TestEnvironment.makeApplication()
        try SaveAppropriateBodySettings(store: InductionStore(database: application.database, time: TestEnvironment.fixedTime))
            .save(AppropriateBodySettings(requireSecondFactor: true), author: .system("test set-up"))
        let session = TestSession(application)
        let signedIn = session.signIn("ab-admin@pennine.example")
        XCTAssertEqual(signedIn.location, "/sign-in/code")
        let pending = try XCTUnwrap(session.sessionToken)
        for path in ["/ab", "/account", "/admin/outbox"] {
            XCTAssertEqual(session.get(path).location, "/sign-in/code", "\(path) waits for the code")
        }
        XCTAssertEqual(session.get("/sign-in/code").status, 200)
        let body = try XCTUnwrap(try application.database.read {
            try $0.queryOne("SELECT body FROM outbox_messages WHERE subject = 'Your Induct sign-in code' ORDER BY id DESC")?.string("body")
        })
        let code = try XCTUnwrap(HTML.firstMatch(#"sign-in code is (\d{6})"#, in: body))
        let wrong = code == "000000" ? "111111" : "000000"
        XCTAssertEqual(session.post("/sign-in/code", form: [("code", wrong)]).status, 422)
        let verified = session.post("/sign-in/code", form: [("code", code)])
        XCTAssertEqual(verified.location, "/ab")
        XCTAssertNotEqual(session.sessionToken, pending, "a new session id once the code is right")
        XCTAssertEqual(session.get("/ab").status, 200)
        XCTAssertFalse(try DemoRecords(application.database).auditText().contains(code), "the code is not audited")
    }
}
