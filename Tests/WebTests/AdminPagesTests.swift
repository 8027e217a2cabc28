import Foundation
import HTTP
import Induction
import InductTestSupport
import SQLite
@testable import Web
import XCTest

/// The AB admin's pages, in process with strict templates: what they show, what they change, and
/// that nobody else reaches them.
final class AdminPagesTests: XCTestCase {
    private func admin() throws -> TestSession {
        let session = TestSession(try TestEnvironment.makeApplication())
        try session.adoptSession(userID: try DemoRecords(session.application.database).userID(email: "ab-admin@pennine.example"))
        return session
    }

    private let adminPages = ["/admin/outbox", "/admin/outbox?status=failed&page=7", "/admin/audit", "/admin/audit?action=sign_in&actor=a&from=2026-01-01&to=2026-12-31",
                              "/admin/registrations", "/admin/officers/new", "/admin/settings"]

    func testEveryAdminPageRendersForTheAdminAndNoOneElse() throws {
        let session = try admin()
        let records = DemoRecords(session.application.database)
        let messageID = try records.makeOutboxMessage(time: TestEnvironment.fixedTime)
        let requestID = try records.makeRegistrationRequest(urn: "999001", time: TestEnvironment.fixedTime)
        let pages = adminPages + ["/admin/outbox/\(messageID)", "/admin/registrations/\(requestID)/reject"]
        for page in pages {
            let response = session.get(page)
            XCTAssertEqual(response.status, 200, page)
            XCTAssertEqual(response.headers["Cache-Control"], "no-store", page)
        }
        XCTAssertEqual(session.get("/admin/outbox/999999").status, 404)
        XCTAssertEqual(session.get("/admin/registrations/999999/reject").status, 404)

        for email in ["ab-officer@pennine.example", "headteacher@107512.schools.example"] {
            let other = TestSession(session.application)
            try other.adoptSession(userID: try records.userID(email: email))
            for page in pages { XCTAssertEqual(other.get(page).status, 403, "\(email) \(page)") }
            let posts = ["/admin/registrations/\(requestID)/authorise", "/admin/registrations/\(requestID)/reject", "/admin/officers", "/admin/settings"]
            for path in posts {
                XCTAssertEqual(other.post(path, form: [("reason", "x"), ("name", "A"), ("email", "a@example.org"), ("requireSecondFactor", "1")]).status,
                               403, "\(email) POST \(path)")
            }
            XCTAssertTrue(other.get("/").status == 303)
        }
        let visitor = TestSession(session.application)
        for page in pages { XCTAssertTrue(visitor.get(page).isSignInRedirect, page) }
        XCTAssertEqual(try records.count("SELECT count(*) FROM school_registration_requests WHERE status = 'pending'"), 1)
        XCTAssertEqual(try records.count("SELECT count(*) FROM settings WHERE value = '1'"), 0)
    }

    func testOutboxListsNewestFirstFiltersByStatusAndShowsLinksEscaped() throws {
        let session = try admin()
        try session.application.database.write { c in
            for (index, status) in ["sent", "failed", "pending"].enumerated() {
                try c.run("""
                    INSERT INTO outbox_messages (recipient, subject, body, status, attempts, last_error, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, ["person\(index)@example.org", "Subject \(status)",
                          "Hi <b>there</b>,\n\nOpen https://induct.example/invitations/abc?x=1&y=2. Or javascript:alert(1)",
                          status, status == "failed" ? 6 : 0, status == "failed" ? "sendmail exited 75: <oops>" : "",
                          "2026-11-25T10:00:00Z", "2026-11-25T10:0\(index):00Z"])
            }
        }
        let list = session.get("/admin/outbox").text
        let pending = try XCTUnwrap(list.range(of: "Subject pending")), sent = try XCTUnwrap(list.range(of: "Subject sent"))
        XCTAssertLessThan(pending.lowerBound, sent.lowerBound, "newest first")
        XCTAssertTrue(list.contains("25 November 2026, 10:02"))
        XCTAssertTrue(list.contains("sendmail exited 75: &lt;oops&gt;"))
        XCTAssertTrue(list.contains("Showing 1 to 3 of 3 messages"))

        let failed = session.get("/admin/outbox?status=failed").text
        XCTAssertTrue(failed.contains("Subject failed"))
        XCTAssertFalse(failed.contains("Subject sent"))
        XCTAssertTrue(failed.contains("tag--red"))
        XCTAssertTrue(failed.contains("<option value=\"failed\" selected>"))

        let id = try XCTUnwrap(HTML.firstMatch(#"href="/admin/outbox/(\d+)">Subject pending"#, in: list))
        let message = session.get("/admin/outbox/\(id)").text
        XCTAssertTrue(message.contains("Hi &lt;b&gt;there&lt;/b&gt;"))
        XCTAssertTrue(message.contains(#"<a href="https://induct.example/invitations/abc?x=1&amp;y=2">https://induct.example/invitations/abc?x=1&amp;y=2</a>. Or"#))
        XCTAssertFalse(message.contains("href=\"javascript"))
    }

    func testOutboxPagesFiftyAtATime() throws {
        let session = try admin()
        try session.application.database.write { c in
            for index in 1...51 {
                try c.run("INSERT INTO outbox_messages (recipient, subject, body, next_attempt_at, created_at) VALUES (?, ?, 'x', ?, ?)",
                          ["p\(index)@example.org", "Number \(index)", "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z"])
            }
        }
        let first = session.get("/admin/outbox?status=pending").text
        XCTAssertTrue(first.contains("Showing 1 to 50 of 51 messages waiting to send"))
        XCTAssertTrue(first.contains(#"href="/admin/outbox?status=pending&amp;page=2" rel="next""#))
        let second = session.get("/admin/outbox?status=pending&page=2").text
        XCTAssertTrue(second.contains("Number 1<"))
        XCTAssertFalse(second.contains("Number 2<"))
        XCTAssertTrue(second.contains(#"href="/admin/outbox?status=pending" rel="prev""#))
    }

    func testAuditFiltersAndExplainsDatesItCannotRead() throws {
        let session = try admin()
        session.post("/admin/settings", form: [("requireSecondFactor", "1")])
        let filtered = session.get("/admin/audit?action=settings.&actor=margaret&from=2026-11-25&to=2026-11-25")
        XCTAssertEqual(filtered.status, 200)
        XCTAssertTrue(filtered.text.contains("settings.changed"))
        XCTAssertTrue(filtered.text.contains("Showing 1 to 1 of 1 event"))
        XCTAssertTrue(filtered.text.contains("value=\"settings.\""), "the filter keeps what was typed")
        XCTAssertFalse(session.get("/admin/audit?from=2026-11-26").text.contains("settings.changed"))

        let wrong = session.get("/admin/audit?from=2026-02-30&to=yesterday")
        XCTAssertEqual(wrong.status, 200)
        XCTAssertTrue(wrong.text.contains("There is a problem"))
        XCTAssertTrue(wrong.text.contains(##"<a href="#from">"##))
        XCTAssertTrue(wrong.text.contains(##"<a href="#to">"##))
        XCTAssertTrue(wrong.text.contains("value=\"yesterday\""))
        XCTAssertTrue(wrong.title?.hasPrefix("Error: ") ?? false)
    }

    func testAuthorisingARequestAddsTheSchoolAndQueuesTheInvitation() throws {
        let session = try admin()
        let records = DemoRecords(session.application.database)
        let id = try records.makeRegistrationRequest(urn: "999001", time: TestEnvironment.fixedTime)
        let list = session.get("/admin/registrations")
        XCTAssertTrue(list.text.contains("Test School 999001"))
        let authorised = session.post("/admin/registrations/\(id)/authorise")
        XCTAssertEqual(authorised.status, 303)
        XCTAssertEqual(authorised.location, "/admin/registrations?authorised=\(id)")
        let after = session.get(authorised.location!).text
        XCTAssertTrue(after.contains("Test School 999001 (URN 999001) can now use Induct"))
        XCTAssertTrue(after.contains("No requests are waiting"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM schools WHERE urn = '999001'"), 1)
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages WHERE recipient = 'head@999001.schools.example'"), 1)
        XCTAssertTrue(try records.auditActions().contains("school_registration.authorised"))

        let again = session.post("/admin/registrations/\(id)/authorise")
        XCTAssertEqual(again.status, 409)
        XCTAssertTrue(again.text.contains("already been decided"))

        let clash = try records.makeRegistrationRequest(urn: "999009", time: TestEnvironment.fixedTime)
        try session.application.database.write { c in
            try c.run("INSERT INTO schools (appropriate_body_id, urn, name, created_at) SELECT id, '999009', 'Added meanwhile', '2026-11-25T10:00:00Z' FROM appropriate_bodies")
        }
        let refused = session.post("/admin/registrations/\(clash)/authorise")
        XCTAssertEqual(refused.status, 422)
        XCTAssertTrue(refused.text.contains(##"<a href="#request-\##(clash)">A school with URN 999009 already uses Induct</a>"##))
        XCTAssertEqual(try records.count("SELECT count(*) FROM school_registration_requests WHERE id = ? AND status = 'pending'", [clash]), 1)
    }

    func testRejectingNeedsAReasonAndEmailsIt() throws {
        let session = try admin()
        let records = DemoRecords(session.application.database)
        let id = try records.makeRegistrationRequest(urn: "999002", time: TestEnvironment.fixedTime)
        session.get("/admin/registrations/\(id)/reject")
        let empty = session.post("/admin/registrations/\(id)/reject", form: [("reason", "  \n ")])
        XCTAssertEqual(empty.status, 422)
        XCTAssertTrue(empty.text.contains(##"<a href="#reason">Enter the reason for rejecting the request</a>"##))
        let long = session.post("/admin/registrations/\(id)/reject", form: [("reason", String(repeating: "é", count: 1001))])
        XCTAssertEqual(long.status, 422)
        XCTAssertTrue(long.text.contains(String(repeating: "é", count: 1001)), "keeps what was typed")

        let rejected = session.post("/admin/registrations/\(id)/reject", form: [("reason", "Your school is in <another> area")])
        XCTAssertEqual(rejected.status, 303)
        XCTAssertTrue(session.get(rejected.location!).text.contains("You rejected the request from Test School 999002"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM school_registration_requests WHERE id = ? AND status = 'rejected'", [id]), 1)
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages WHERE body LIKE '%in <another> area%'"), 1)
        XCTAssertEqual(session.get("/admin/registrations/\(id)/reject").location, "/admin/registrations")
    }

    func testInvitingAnOfficer() throws {
        let session = try admin()
        let records = DemoRecords(session.application.database)
        session.get("/admin/officers/new")
        let blank = session.post("/admin/officers", form: [("name", " "), ("email", "")])
        XCTAssertEqual(blank.status, 422)
        XCTAssertTrue(blank.text.contains(##"<a href="#name">Enter their full name</a>"##))
        XCTAssertTrue(blank.text.contains(##"<a href="#email">Enter their email address</a>"##))
        let malformed = session.post("/admin/officers", form: [("name", "Olu Adeyemi"), ("email", "olu-at-example")])
        XCTAssertEqual(malformed.status, 422)
        XCTAssertTrue(malformed.text.contains(#"value="Olu Adeyemi""#))

        let invited = session.post("/admin/officers", form: [("name", "Olu Adeyemi"), ("email", "Olu@Pennine.example")])
        XCTAssertEqual(invited.status, 303)
        let banner = session.get(try XCTUnwrap(invited.location)).text
        XCTAssertTrue(banner.contains("We have emailed Olu Adeyemi at olu@pennine.example an invitation"))
        XCTAssertEqual(try records.grantID(email: "olu@pennine.example", role: .abOfficer) > 0, true)
        XCTAssertEqual(try records.count("SELECT count(*) FROM outbox_messages WHERE recipient = 'olu@pennine.example'"), 1)

        let twice = session.post("/admin/officers", form: [("name", "Olu Adeyemi"), ("email", "olu@pennine.example")])
        XCTAssertEqual(twice.status, 422)
        XCTAssertTrue(twice.text.contains("This person already has this role"))
    }

    func testSettingsSaveTheSecondFactorWithAnAuditEventOnlyWhenChanged() throws {
        let session = try admin()
        let records = DemoRecords(session.application.database)
        XCTAssertFalse(session.get("/admin/settings").text.contains(" checked"))
        let on = session.post("/admin/settings", form: [("requireSecondFactor", "1")])
        XCTAssertEqual(on.status, 303)
        XCTAssertEqual(on.location, "/admin/settings?saved=1")
        let page = session.get("/admin/settings?saved=1").text
        XCTAssertTrue(page.contains("value=\"1\" checked"))
        XCTAssertTrue(page.contains("Your settings have been saved"))
        session.post("/admin/settings", form: [("requireSecondFactor", "1")])
        session.post("/admin/settings", form: [])
        XCTAssertEqual(try records.auditActions().filter { $0 == "settings.changed" }.count, 2)
        XCTAssertTrue(try records.auditText().contains("require_second_factor: on to off"))
        XCTAssertFalse(try session.application.database.read { try AppropriateBodySettings.load($0) }.requireSecondFactor)
        XCTAssertEqual(session.post("/admin/settings", form: [("requireSecondFactor", "1")], csrf: .none).status, 403)
    }

    func testLinkedTextMakesOnlyWebAddressesIntoLinks() {
        let text = "See https://a.example/x?y=1, or (http://b.example). Not ftp://c or xhttps://d. http:// alone"
        guard case .list(let pieces) = LinkedText.segments(text) else { return XCTFail("a list") }
        var links: [String] = []
        var joined = ""
        for piece in pieces {
            guard case .dictionary(let fields) = piece, case .string(let part)? = fields["text"] else { return XCTFail("a piece") }
            joined += part
            if case .string(let href)? = fields["href"] { links.append(href) }
        }
        XCTAssertEqual(links, ["https://a.example/x?y=1", "http://b.example"])
        XCTAssertEqual(joined, text, "nothing lost or added")
    }

    func testDisplayTimeIsUKTime() {
        XCTAssertEqual(DisplayTime.format("2026-11-25T10:00:00Z"), "25 November 2026, 10:00")
        XCTAssertEqual(DisplayTime.format("2026-07-01T23:30:00Z"), "2 July 2026, 00:30", "BST")
        XCTAssertEqual(DisplayTime.format("not a time"), "not a time")
    }
}
