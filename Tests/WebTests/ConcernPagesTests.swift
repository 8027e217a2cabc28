import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 11 items 3 and 5's must-shows: the ECT's access list and view log change when a headteacher
/// opens their report; a concern an ECT raises reaches AB staff and no one at the school.
final class ConcernPagesTests: XCTestCase {
    private let ectEmail = DemoRecords.concernECTEmail
    private let headEmail = "headteacher@107512.schools.example"

    private func ectID(_ records: DemoRecords) throws -> Int {
        try records.count("SELECT g.ect_id FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.email = ? AND g.role = 'ect'",
                          [ectEmail])
    }

    func testTheECTsAccessListAndViewLogChangeWhenTheHeadteacherOpensTheirReport() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let reportID = try records.makeSharedReport(ectID: try ectID(records), time: TestEnvironment.fixedTime)
        let ect = try TestSession.acting(application, ectEmail, as: .ect, urn: nil)
        XCTAssertTrue(ect.get("/my-induction").text.contains(#"href="/my-induction/access""#), "linked from the ECT's own record")
        XCTAssertEqual(ect.get("/reports/\(reportID)").status, 200, "the ECT's own visit is logged but not listed to them")
        let before = ect.get("/my-induction/access")
        XCTAssertEqual(before.status, 200)
        XCTAssertTrue(before.text.contains("Nobody has opened your reports yet."), before.text)
        XCTAssertTrue(before.text.contains("Registers ECTs; cannot read your record or your reports"))
        let headName = try XCTUnwrap(try application.database.read {
            try $0.queryOne("SELECT name FROM users WHERE email = ?", [headEmail])?.string("name")
        })
        let headRow = try XCTUnwrap(Self.row(of: headName, in: before.text, table: "record-access"), "the headteacher has access")
        XCTAssertTrue(headRow.contains("Not yet"), headRow)

        let head = try TestSession.acting(application, headEmail, as: .headteacher, urn: DemoRecords.calderValleyURN)
        XCTAssertEqual(head.get("/reports/\(reportID)").status, 200)
        XCTAssertEqual(head.get("/reports/\(reportID)/print").status, 200)
        XCTAssertEqual(head.get("/reports/\(reportID)").status, 200)

        let after = ect.get("/my-induction/access").text
        XCTAssertFalse(after.contains("Nobody has opened your reports yet."))
        let log = try XCTUnwrap(Self.section(after, id: "report-view-log"))
        XCTAssertEqual(log.components(separatedBy: "<tr><td>").count - 1, 1, "three visits the same day are one line: \(log)")
        XCTAssertTrue(log.contains(headName) && log.contains("Headteacher") && log.contains("Calder Valley"), log)
        XCTAssertTrue(log.contains(#"href="/reports/\#(reportID)""#) && log.contains("Progress review, term 1"), log)
        XCTAssertFalse(log.contains("Early career teacher"), "the ECT's own visit is left out")
        let changed = try XCTUnwrap(Self.row(of: headName, in: after, table: "record-access"))
        XCTAssertFalse(changed.contains("Not yet"), "the access list shows when the headteacher last opened a report: \(changed)")
    }

    func testAConcernReachesAppropriateBodyStaffAndNoOneAtTheSchool() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        try application.database.write {
            try $0.run("UPDATE appropriate_bodies SET ect_contact_name = 'Nadia Contact', ect_contact_email = 'named.contact@pennine.example'")
        }
        let subject = "Observations without feedback"
        let ect = try TestSession.acting(application, ectEmail, as: .ect, urn: nil)
        XCTAssertTrue(ect.get("/my-induction/concerns/new").text.contains("Nadia Contact"))
        let empty = ect.post("/my-induction/concerns/new", form: [("subject", subject), ("body", "  ")])
        XCTAssertEqual(empty.status, 422)
        XCTAssertTrue(empty.text.contains(##"<a href="#body">Enter what is happening</a>"##), "error summary linked to the field")
        XCTAssertTrue(empty.text.contains(#"value="\#(subject)""#), "the typed subject is kept")
        let sent = ect.post("/my-induction/concerns/new", form: [("subject", subject), ("body", "Three observations, no written feedback.")])
        XCTAssertEqual(sent.location, "/my-induction/concerns?raised=1")
        XCTAssertTrue(ect.get("/my-induction/concerns?raised=1").text.contains(subject))
        let concernID = try records.count("SELECT id FROM ect_concerns WHERE subject = ?", [subject])

        let officer = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
        let queue = officer.get("/ab/concerns")
        XCTAssertEqual(queue.status, 200)
        XCTAssertTrue(try XCTUnwrap(Self.section(queue.text, id: "open-concerns")).contains(subject))
        XCTAssertTrue(officer.get("/ab").text.contains("Concerns from ECTs awaiting a reply"))
        let page = officer.get("/ab/concerns/\(concernID)")
        XCTAssertTrue(page.text.contains("Three observations, no written feedback."))
        XCTAssertEqual(officer.post("/ab/concerns/\(concernID)", form: [("reply", "")]).status, 422)
        let reply = "I have asked to see the observation notes."
        XCTAssertEqual(officer.post("/ab/concerns/\(concernID)", form: [("reply", reply)]).location, "/ab/concerns?replied=1")
        XCTAssertTrue(ect.get("/my-induction/concerns").text.contains(reply), "the ECT sees the reply")

        let school: [(String, Role)] = [(headEmail, .headteacher), ("induction-lead@107512.schools.example", .inductionLead),
                                        (headEmail, .inductionTutor), ("mentor@107512.schools.example", .mentor),
                                        ("school-admin@107512.schools.example", .schoolAdmin)]
        for (email, role) in school {
            let person = try TestSession.acting(application, email, as: role, urn: DemoRecords.calderValleyURN)
            for target in ["/ab/concerns", "/ab/concerns/\(concernID)"] {
                XCTAssertEqual(person.get(target).status, 403, "\(role) \(target)")
            }
            XCTAssertEqual(person.post("/ab/concerns/\(concernID)", form: [("reply", "x")]).status, 403, "\(role)")
            XCTAssertEqual(person.get("/my-induction/concerns").status, 403, "\(role)")
        }
        let schoolMail = try application.database.read { c in
            try c.query("""
                SELECT m.subject || ' ' || m.body AS text FROM outbox_messages m WHERE m.recipient IN (
                    SELECT u.email FROM users u JOIN role_grants g ON g.user_id = u.id WHERE g.school_id IS NOT NULL AND g.role <> 'ect')
                """).map { try $0.string("text") }
        }
        XCTAssertFalse(schoolMail.contains { $0.contains(subject) || $0.lowercased().contains("concern") }, "\(schoolMail)")
        let mail = try application.database.read { c in try c.query("SELECT recipient FROM outbox_messages WHERE subject LIKE '%concern%'")
            .map { try $0.string("recipient") } }
        XCTAssertEqual(Set(mail), ["named.contact@pennine.example", ectEmail])
    }

    /// The element with `id` up to its closing tag (tables here, so up to `</table>`).
    static func section(_ html: String, id: String) -> String? {
        guard let start = html.range(of: #"id="\#(id)""#) else { return nil }
        let rest = html[start.lowerBound...]
        return rest.range(of: "</table>").map { String(rest[..<$0.upperBound]) }
    }

    /// The row of `table` whose header cell is `name`.
    static func row(of name: String, in html: String, table: String) -> String? {
        guard let section = section(html, id: table), let start = section.range(of: "<th scope=\"row\">\(name)</th>") else { return nil }
        let rest = section[start.lowerBound...]
        return rest.range(of: "</tr>").map { String(rest[..<$0.upperBound]) }
    }
}
