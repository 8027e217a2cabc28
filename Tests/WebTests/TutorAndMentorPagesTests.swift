import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 7 items 10–11 in process: the demo's tutor and mentor sign in and see their own ECTs first,
/// a mentor gets 403 on another ECT, and the headteacher changes the tutor on the record page.
final class TutorAndMentorPagesTests: XCTestCase {
    private var application: Application!
    private var records: DemoRecords!
    private var calder: Int!

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
        calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
    }

    private func ectID(_ trn: String) throws -> Int {
        try records.count("SELECT id FROM ects WHERE trn = ?", [trn])
    }

    /// The names in the rows of the table under the heading with `id`, in page order.
    private func names(under id: String, in html: String) -> [String] {
        guard let start = html.range(of: "id=\"\(id)\"") else { return [] }
        let rest = String(html[start.upperBound...])
        let table = rest.range(of: "</table>").map { String(rest[..<$0.lowerBound]) } ?? ""
        return HTML.allMatches(#"<th scope="row" class="ect-name">(.*?)</th>"#, in: table).map(HTML.plainText)
    }

    func testTheDemoTutorAndMentorSignInAndSeeTheirOwnECTsFirstAndTheMentorIsRefusedAnotherECT() throws {
        // David Greenwood tutors Priya Chauhan and Tom Whitaker at Calder Valley (DemoData).
        let tutor = TestSession(application)
        XCTAssertEqual(tutor.signIn("david.greenwood@107512.schools.example").location, "/schools/\(calder!)")
        let tutorHome = tutor.get("/schools/\(calder!)")
        XCTAssertEqual(tutorHome.status, 200)
        XCTAssertEqual(names(under: "your-ects", in: tutorHome.text), ["Priya Chauhan", "Tom Whitaker"])
        XCTAssertEqual(names(under: "other-ects", in: tutorHome.text), ["Amelia Hartley", "Oliver Nwosu"])
        let yours = try XCTUnwrap(tutorHome.text.range(of: "Your ECTs")).lowerBound
        XCTAssertLessThan(yours, try XCTUnwrap(tutorHome.text.range(of: "Other ECTs at this school")).lowerBound)
        XCTAssertEqual(tutor.get("/ects/\(try ectID("3012456"))").status, 200, "a tutor reads every record at the school")

        // Laura Bentley mentors Amelia Hartley and Priya Chauhan.
        let mentor = TestSession(application)
        XCTAssertEqual(mentor.signIn("mentor@107512.schools.example").location, "/schools/\(calder!)")
        let mentorHome = mentor.get("/schools/\(calder!)")
        XCTAssertEqual(names(under: "your-ects", in: mentorHome.text), ["Priya Chauhan", "Amelia Hartley"], "by surname")
        XCTAssertFalse(mentorHome.text.contains("Oliver Nwosu"), "a mentor's home lists only their mentees")
        XCTAssertFalse(mentorHome.text.contains("Tom Whitaker"))
        XCTAssertEqual(mentor.get("/ects/\(try ectID("3012456"))").status, 200, "her mentee Amelia Hartley")
        let denied = try records.count("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'")
        let other = mentor.get("/ects/\(try ectID("3012457"))")
        XCTAssertEqual(other.status, 403, "Oliver Nwosu is Sophie Lumb's mentee")
        XCTAssertTrue(other.text.contains("You do not have access to this page"))
        XCTAssertFalse(other.text.contains("Oliver Nwosu"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'"), denied + 1)
    }

    func testAMentorAtOneSchoolAndTutorAtAnotherSeesTheListOfTheRoleSheActsIn() throws {
        // Joanne Firth mentors Fatima Begum and Chloé Dubois-Smith at Holme Moss and tutors Grace Adeyemi
        // and Yusuf Rahman at St Aidan's.
        let session = TestSession(application)
        let holme = try records.schoolID(urn: DemoRecords.holmeMossURN)
        let aidans = try records.schoolID(urn: DemoRecords.stAidansURN)
        XCTAssertEqual(session.signIn("mentor@138204.schools.example").location, "/schools/\(holme)")
        let asMentor = session.get("/schools/\(holme)")
        XCTAssertEqual(names(under: "your-ects", in: asMentor.text), ["Fatima Begum", "Chloé Dubois-Smith"])
        XCTAssertFalse(asMentor.text.contains("id=\"other-ects\""))
        XCTAssertEqual(session.get("/ects/\(try ectID("3021785"))").status, 403, "Jack O'Connor is Owen Sykes's mentee")

        let tutorGrant = try records.grantID(email: "mentor@138204.schools.example", role: .inductionTutor, urn: DemoRecords.stAidansURN)
        XCTAssertEqual(session.post("/account/role", form: [("grant", String(tutorGrant))]).location, "/schools/\(aidans)")
        let asTutor = session.get("/schools/\(aidans)")
        XCTAssertEqual(names(under: "your-ects", in: asTutor.text), ["Grace Adeyemi", "Yusuf Rahman"])
        XCTAssertEqual(names(under: "other-ects", in: asTutor.text), ["Ewan MacLeod", "Hannah Mistry"])
        XCTAssertEqual(session.get("/ects/\(try ectID("3021785"))").status, 403, "acting as St Aidan's tutor, Holme Moss is another school")
    }

    func testTheRecordShowsTheTutorAndMentorWithTheirStartDates() throws {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: "induction-lead@107512.schools.example"))
        let page = session.get("/ects/\(try ectID("3012456"))")
        let tutor = HTML.firstMatch(#"id="current-tutor">(.*?)</dd>"#, in: page.text).map(HTML.plainText)
        let mentor = HTML.firstMatch(#"id="current-mentor">(.*?)</dd>"#, in: page.text).map(HTML.plainText)
        XCTAssertEqual(tutor, "Rachel Sutcliffe (since 1 September 2025)")
        XCTAssertEqual(mentor, "Laura Bentley (since 1 September 2025)")
        XCTAssertFalse(page.text.contains("id=\"staff-tasks\""), "nothing to do: both are assigned")
        XCTAssertTrue(page.text.contains("/ects/\(try ectID("3012456"))/tutor-and-mentor"), "the induction lead may change them")
    }

    func testTheHeadteacherChangesTheTutorAndTheRecordKeepsWhoWasTutorWhen() throws {
        let amelia = try ectID("3012456")
        let greenwood = try records.userID(email: "david.greenwood@107512.schools.example")
        let lumb = try records.userID(email: "sophie.lumb@107512.schools.example")
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: "headteacher@107512.schools.example"),
                                 grantID: try records.grantID(email: "headteacher@107512.schools.example", role: .headteacher,
                                                              urn: DemoRecords.calderValleyURN))
        let form = session.get("/ects/\(amelia)/tutor-and-mentor")
        XCTAssertEqual(form.status, 200)
        XCTAssertTrue(form.text.contains(#"<option value="\#(greenwood)">David Greenwood</option>"#), "the other tutor is offered")
        XCTAssertFalse(form.text.contains(">Imran Hussain<"), "an induction lead is not a tutor")
        XCTAssertFalse(form.text.contains(">Andrew Haigh<"), "another school's headteacher is not offered")
        XCTAssertTrue(form.text.contains(#"value="25""#) && form.text.contains(#"value="2026""#), "today is the default date")

        let saved = session.post("/ects/\(amelia)/tutor-and-mentor", form: [
            ("tutor", String(greenwood)), ("mentor", String(lumb)), ("from-day", "2"), ("from-month", "11"), ("from-year", "2026"),
        ])
        XCTAssertEqual(saved.status, 303)
        XCTAssertEqual(saved.location, "/ects/\(amelia)?saved=staff")
        let page = session.get(saved.location!)
        XCTAssertTrue(page.text.contains("The induction tutor and mentor have been saved."))
        XCTAssertEqual(HTML.firstMatch(#"id="current-tutor">(.*?)</dd>"#, in: page.text).map(HTML.plainText),
                       "David Greenwood (since 2 November 2026)Earlier:Rachel Sutcliffe, 1 September 2025 to 1 November 2026")
        XCTAssertTrue(page.text.contains("Induction tutor changed"), "history")
        XCTAssertTrue(HTML.decodeEntities(page.text).contains("Induction tutor: Rachel Sutcliffe → David Greenwood from 2 November 2026"))
        XCTAssertTrue(HTML.decodeEntities(page.text).contains("Mentor: Laura Bentley → Sophie Lumb from 2 November 2026"))

        // Laura Bentley no longer mentors Amelia, so she cannot open the record now.
        let laura = TestSession(application)
        try laura.adoptSession(userID: try records.userID(email: "mentor@107512.schools.example"))
        XCTAssertEqual(laura.get("/ects/\(amelia)").status, 403)
        let sophie = TestSession(application)
        try sophie.adoptSession(userID: lumb)
        XCTAssertEqual(sophie.get("/ects/\(amelia)").status, 200)
    }

    func testBadChoicesReRenderWithTheirMessagesAndKeepWhatWasChosen() throws {
        let amelia = try ectID("3012456")
        let greenwood = try records.userID(email: "david.greenwood@107512.schools.example")
        let lead = try records.userID(email: "induction-lead@107512.schools.example")
        let session = TestSession(application)
        try session.adoptSession(userID: lead)
        _ = session.get("/ects/\(amelia)/tutor-and-mentor")
        let before = try records.count("SELECT count(*) FROM staff_assignments")

        let forged = session.post("/ects/\(amelia)/tutor-and-mentor", form: [
            ("tutor", String(lead)), ("mentor", "abc"), ("from-day", "2"), ("from-month", "11"), ("from-year", "2026"),
        ])
        XCTAssertEqual(forged.status, 422)
        XCTAssertTrue(forged.text.contains("There is a problem"))
        XCTAssertTrue(forged.text.contains("Select the mentor from the list"))

        let notATutor = session.post("/ects/\(amelia)/tutor-and-mentor", form: [
            ("tutor", String(lead)), ("mentor", ""), ("from-day", "2"), ("from-month", "11"), ("from-year", "2026"),
        ])
        XCTAssertEqual(notATutor.status, 422)
        XCTAssertTrue(notATutor.text.contains("Select someone who holds the induction tutor or headteacher role at this school"))

        let tooEarly = session.post("/ects/\(amelia)/tutor-and-mentor", form: [
            ("tutor", String(greenwood)), ("mentor", ""), ("from-day", "31"), ("from-month", "8"), ("from-year", "2025"),
        ])
        XCTAssertEqual(tooEarly.status, 422)
        XCTAssertTrue(HTML.decodeEntities(tooEarly.text).contains(
            "The date the change takes effect must be on or after 1 September 2025, when Rachel Sutcliffe became induction tutor"))
        XCTAssertTrue(tooEarly.text.contains(#"<option value="\#(greenwood)" selected>David Greenwood</option>"#), "the choice is kept")
        XCTAssertTrue(tooEarly.text.contains(#"<option value="" selected>No mentor yet</option>"#))
        XCTAssertTrue(tooEarly.text.contains(#"value="31""#), "the date is kept")

        let future = session.post("/ects/\(amelia)/tutor-and-mentor", form: [
            ("tutor", String(greenwood)), ("from-day", "1"), ("from-month", "1"), ("from-year", "2027"),
        ])
        XCTAssertEqual(future.status, 422)
        XCTAssertTrue(future.text.contains("The date the change takes effect must be today or in the past"))
        XCTAssertEqual(try records.count("SELECT count(*) FROM staff_assignments"), before, "nothing was saved")
        XCTAssertGreaterThanOrEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'form.rejected'"), 4)
    }

    func testNobodyAssignedIsATaskOnTheRecordAndTheSchoolPage() throws {
        let tom = try ectID("3012459")
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: "headteacher@107512.schools.example"),
                                 grantID: try records.grantID(email: "headteacher@107512.schools.example", role: .headteacher,
                                                              urn: DemoRecords.calderValleyURN))
        _ = session.get("/ects/\(tom)/tutor-and-mentor")
        let greenwood = try records.userID(email: "david.greenwood@107512.schools.example")
        XCTAssertEqual(session.post("/ects/\(tom)/tutor-and-mentor", form: [
            ("tutor", String(greenwood)), ("mentor", ""), ("from-day", "25"), ("from-month", "11"), ("from-year", "2026"),
        ]).status, 303, "the mentor's assignment ends")
        let record = session.get("/ects/\(tom)")
        XCTAssertEqual(HTML.firstMatch(#"id="current-mentor">(.*?)</dd>"#, in: record.text).map(HTML.plainText),
                       "No mentor assignedEarlier:Sophie Lumb, 1 September 2026 to 24 November 2026")
        let tasks = try XCTUnwrap(HTML.firstMatch(#"<ul class="list" id="staff-tasks">(.*?)</ul>"#, in: record.text))
        XCTAssertEqual(HTML.plainText(tasks), "To do No mentor assigned")
        let school = session.get("/schools/\(calder!)")
        let schoolTasks = try XCTUnwrap(school.text.range(of: "id=\"staff-tasks\"")).upperBound
        XCTAssertTrue(HTML.plainText(String(school.text[schoolTasks...].prefix(600))).contains("Tom Whitaker: No mentor assigned"))
    }

    func testTheRegistrationFormOffersOnlyTheSchoolsEligibleStaff() throws {
        let session = TestSession(application)
        try session.adoptSession(userID: try records.userID(email: "induction-lead@107512.schools.example"))
        let page = session.get("/schools/\(calder!)/ects/new")
        let tutorSelect = try XCTUnwrap(HTML.firstMatch(#"<select[^>]*id="tutor"[^>]*>(.*?)</select>"#, in: page.text))
        XCTAssertEqual(HTML.allMatches(#"<option[^>]*>(.*?)</option>"#, in: tutorSelect),
                       ["No tutor yet", "David Greenwood", "Rachel Sutcliffe"])
        let mentorSelect = try XCTUnwrap(HTML.firstMatch(#"<select[^>]*id="mentor"[^>]*>(.*?)</select>"#, in: page.text))
        XCTAssertEqual(HTML.allMatches(#"<option[^>]*>(.*?)</option>"#, in: mentorSelect), ["No mentor yet", "Laura Bentley", "Sophie Lumb"])
    }
}
