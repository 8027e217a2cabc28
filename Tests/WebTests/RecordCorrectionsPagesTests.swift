import Induction
import InductTestSupport
import XCTest

/// Issue 7 on the record's pages: reductions, duplicate and out-of-range absences, absence
/// correction and deletion, leaving, working pattern and programme. Amelia Hartley (the first
/// Calder Valley ECT) is full time from 1 September 2025; today is 25 November 2026.
final class RecordCorrectionsPagesTests: XCTestCase {
    private var session: TestSession!
    private var records: DemoRecords!
    private var ectID = 0

    override func setUpWithError() throws {
        session = TestSession(try TestEnvironment.makeApplication())
        records = DemoRecords(session.application.database)
        ectID = try XCTUnwrap(try records.ectIDs(urn: DemoRecords.calderValleyURN).first)
    }

    private func signIn(_ email: String, role: Role, urn: String? = DemoRecords.calderValleyURN) throws {
        try session.adoptSession(userID: try records.userID(email: email), grantID: try records.grantID(email: email, role: role, urn: urn))
    }

    private func absenceForm(_ start: (Int, Int, Int), _ end: (Int, Int, Int), days: Int, _ category: String,
                             extend: String? = nil) -> [(String, String)] {
        [("start-day", "\(start.0)"), ("start-month", "\(start.1)"), ("start-year", "\(start.2)"),
         ("end-day", "\(end.0)"), ("end-month", "\(end.1)"), ("end-year", "\(end.2)"), ("days", "\(days)"), ("category", category)]
            + (extend.map { [("extend", $0)] } ?? [])
    }

    private func count(_ sql: String) throws -> Int { try records.count(sql, [ectID]) }

    // MARK: Reductions

    func testASecondReductionReplacesTheFirstAndOneBelowTermsServedIsRefused() throws {
        try signIn("ab-officer@pennine.example", role: .abOfficer, urn: nil)
        let reduce = { (terms: String) in
            self.session.post("/ects/\(self.ectID)/adjustments/new",
                              form: [("kind", "reduction"), ("terms", terms), ("reason", "Prior experience"), ("consent", "yes")])
        }
        XCTAssertEqual(reduce("5").status, 303)
        XCTAssertEqual(reduce("4.5").status, 303)
        let page = session.get("/ects/\(ectID)")
        XCTAssertTrue(page.text.contains("Reduced to 4.5 terms"))
        XCTAssertTrue(page.text.contains("Replaced</strong> by a later reduction"), "the first stays in history, marked replaced")
        XCTAssertEqual(try count("SELECT count(*) FROM induction_adjustments WHERE ect_id = ? AND replaced_at IS NULL"), 1)

        let refused = reduce("3")
        XCTAssertEqual(refused.status, 422)
        XCTAssertTrue(refused.text.contains("A reduction cannot be less than the terms already served: enter 3.8 or more"))
        XCTAssertTrue(refused.text.contains(#"id="terms" name="terms""#) && refused.text.contains(#"value="3""#), "what was typed stays")
        XCTAssertEqual(try count("SELECT count(*) FROM induction_adjustments WHERE ect_id = ?"), 2, "nothing stored")
        let served = HTML.firstMatch(#"Terms served to date</dt>\s*<dd[^>]*>([0-9.]+)"#, in: session.get("/ects/\(ectID)").text)
        XCTAssertEqual(served, "3.8", "terms served never fall below what was served")
    }

    // MARK: Absences

    func testTheSameAbsencePostedTwiceIsRefusedNamingTheFirst() throws {
        try signIn("headteacher@107512.schools.example", role: .headteacher)
        let form = absenceForm((5, 10, 2026), (9, 10, 2026), days: 5, "sickness")
        _ = session.get("/ects/\(ectID)/absences/new")
        XCTAssertEqual(session.post("/ects/\(ectID)/absences/new", form: form).status, 303)
        let end = HTML.firstMatch(#"Projected end date</dt>\s*<dd[^>]*>(.*?)</dd>"#, in: session.get("/ects/\(ectID)").text)
        let twice = session.post("/ects/\(ectID)/absences/new", form: form)
        XCTAssertEqual(twice.status, 422)
        XCTAssertTrue(twice.text.contains("This absence overlaps one already recorded: Sickness, 5 October 2026 to 9 October 2026 (5 days)"))
        XCTAssertTrue(twice.text.contains(##"href="#start-day""##), "the summary links to the field")
        XCTAssertEqual(try count("SELECT count(*) FROM absences WHERE ect_id = ?"), 1)
        XCTAssertEqual(HTML.firstMatch(#"Projected end date</dt>\s*<dd[^>]*>(.*?)</dd>"#, in: session.get("/ects/\(ectID)").text), end,
                       "a double-click never extends induction")
    }

    func testSicknessAheadIsRefusedAndStatutoryLeaveAheadShowsAsPlanned() throws {
        try signIn("induction-lead@107512.schools.example", role: .inductionLead)
        _ = session.get("/ects/\(ectID)/absences/new")
        let ahead = session.post("/ects/\(ectID)/absences/new", form: absenceForm((23, 11, 2026), (4, 12, 2026), days: 8, "sickness"))
        XCTAssertEqual(ahead.status, 422)
        XCTAssertTrue(ahead.text.contains("Sickness cannot end after today, 25 November 2026"))
        let before = session.post("/ects/\(ectID)/absences/new", form: absenceForm((1, 8, 2025), (5, 9, 2025), days: 3, "sickness"))
        XCTAssertEqual(before.status, 422)
        XCTAssertTrue(before.text.contains("The start date must be on or after the induction start date at this school, 1 September 2025"))
        let leave = session.post("/ects/\(ectID)/absences/new", form: absenceForm((4, 1, 2027), (26, 3, 2027), days: 50, "maternity", extend: "no"))
        XCTAssertEqual(leave.status, 303)
        XCTAssertTrue(session.get("/ects/\(ectID)").text.contains(#"4 January 2027 to 26 March 2027 <strong class="tag tag--blue">Planned</strong>"#))
    }

    func testTheSchoolCorrectsAndDeletesAnAbsenceWithHistory() throws {
        try signIn("headteacher@107512.schools.example", role: .headteacher)
        let id = try records.makeAbsence(ectID: ectID)
        let page = session.get("/ects/\(ectID)")
        XCTAssertTrue(page.text.contains("/ects/\(ectID)/absences/\(id)/edit"))
        let edit = session.get("/ects/\(ectID)/absences/\(id)/edit")
        XCTAssertEqual(edit.status, 200)
        XCTAssertTrue(edit.text.contains("Correct an absence") && edit.text.contains(#"value="sickness" checked"#), "the form is filled in")
        let corrected = session.post("/ects/\(ectID)/absences/\(id)/edit", form: absenceForm((1, 9, 2025), (3, 9, 2025), days: 3, "other"))
        XCTAssertEqual(corrected.location, "/ects/\(ectID)?saved=absence-corrected")
        XCTAssertEqual(try count("SELECT days FROM absences WHERE ect_id = ?"), 3)
        XCTAssertEqual(session.get("/ects/\(ectID)/absences/\(id)/delete").status, 200)
        XCTAssertEqual(session.post("/ects/\(ectID)/absences/\(id)/delete").location, "/ects/\(ectID)?saved=absence-deleted")
        XCTAssertEqual(try count("SELECT count(*) FROM absences WHERE ect_id = ?"), 0)
        let history = session.get("/ects/\(ectID)?saved=absence-deleted").text
        XCTAssertTrue(history.contains("Absence deleted") && history.contains("Absence corrected"))
        XCTAssertTrue(history.contains("was Sickness, 1 September 2025, 1 day; now Other absence, 1 September 2025 to 3 September 2025, 3 days"))
        XCTAssertEqual(session.get("/ects/\(ectID)/absences/\(id)/edit").status, 404, "gone")
    }

    func testAnotherSchoolsAbsenceCannotBeChanged() throws {
        let id = try records.makeAbsence(ectID: ectID)
        let other = try XCTUnwrap(try records.ectIDs(urn: DemoRecords.calderValleyURN).dropFirst().first)
        try signIn("headteacher@107512.schools.example", role: .headteacher)
        XCTAssertEqual(session.get("/ects/\(other)/absences/\(id)/edit").status, 404, "the absence is not that ECT's")
        try signIn("headteacher@138204.schools.example", role: .headteacher, urn: DemoRecords.holmeMossURN)
        XCTAssertEqual(session.get("/ects/\(ectID)/absences/\(id)/delete").status, 403)
        XCTAssertEqual(session.post("/ects/\(ectID)/absences/\(id)/delete").status, 403)
        XCTAssertEqual(try count("SELECT count(*) FROM absences WHERE ect_id = ?"), 1)
    }

    // MARK: Leaving and transfers

    func testLeavingKeepsEarlierAbsencesInTheirYear() throws {
        try signIn("headteacher@107512.schools.example", role: .headteacher)
        _ = session.get("/ects/\(ectID)/absences/new")
        XCTAssertEqual(session.post("/ects/\(ectID)/absences/new", form: absenceForm((6, 10, 2025), (8, 10, 2025), days: 3, "sickness")).status, 303)
        XCTAssertEqual(session.post("/ects/\(ectID)/leaving", form: [("leaving-day", "27"), ("leaving-month", "3"),
                                                                    ("leaving-year", "2026"), ("nextSchool", "")]).status, 303)
        let page = session.get("/ects/\(ectID)").text
        // Leaving during year 1 cuts the calendar short of that year's end.
        XCTAssertFalse(page.contains("After the end of induction"), "leaving never relabels earlier absences")
        XCTAssertTrue(page.contains("<td>Year 1</td>"))
    }

    func testALeavingDateBeforeARecordedAbsenceEndsIsRefused() throws {
        try signIn("headteacher@107512.schools.example", role: .headteacher)
        _ = session.get("/ects/\(ectID)/absences/new")
        XCTAssertEqual(session.post("/ects/\(ectID)/absences/new", form: absenceForm((2, 11, 2026), (6, 11, 2026), days: 5, "sickness")).status, 303)
        let refused = session.post("/ects/\(ectID)/leaving", form: [("leaving-day", "4"), ("leaving-month", "11"), ("leaving-year", "2026"),
                                                                    ("nextSchool", "Oak Academy")])
        XCTAssertEqual(refused.status, 422)
        XCTAssertTrue(refused.text.contains("The leaving date must be on or after 6 November 2026, the end of the absence recorded"))
        XCTAssertTrue(refused.text.contains(#"value="Oak Academy""#))
        XCTAssertEqual(try count("SELECT count(*) FROM induction_periods WHERE ect_id = ? AND end_date IS NOT NULL"), 0)
    }

    func testTheFormerSchoolReadsItsOwnPeriodOnlyAndTheListSeparatesLeavers() throws {
        let id = try records.makeAbsence(ectID: ectID)
        try records.transfer(ectID: ectID, leaving: "2026-10-30", nextSchool: "Holme Moss Primary (as typed)",
                             toURN: DemoRecords.holmeMossURN, joining: "2026-11-02", time: TestEnvironment.fixedTime)
        for (email, role) in [("headteacher@107512.schools.example", Role.headteacher), ("induction-lead@107512.schools.example", .inductionLead)] {
            try signIn(email, role: role)
            let page = session.get("/ects/\(ectID)")
            XCTAssertEqual(page.status, 200, "\(role)")
            XCTAssertTrue(page.text.contains("Left on 30 October 2026"))
            XCTAssertTrue(page.text.contains("Holme Moss Primary (as typed)"), "the next school as the leaving form recorded it")
            XCTAssertTrue(page.text.contains("1 September 2025"), "its own period")
            XCTAssertTrue(page.text.contains("Sickness"), "its own absences")
            for leak in ["Nadia New-Tutor", "Nigel New-Mentor", "/absences/new", "/leaving", "/working-pattern", "/programme",
                         "/absences/\(id)/edit", "Holme Moss Community"] {
                XCTAssertFalse(page.text.contains(leak), "\(role): the former school's page shows \(leak)")
            }
            let school = session.get("/schools/\(try records.schoolID(urn: DemoRecords.calderValleyURN))").text
            let left = try XCTUnwrap(school.range(of: "Left this school"), "a section for those who left")
            XCTAssertTrue(school[left.lowerBound...].contains("Amelia Hartley"))
            XCTAssertFalse(school[..<left.lowerBound].contains("Amelia Hartley"), "not among the current ECTs")
        }
        try signIn("mentor@107512.schools.example", role: .mentor)
        XCTAssertEqual(session.get("/ects/\(ectID)").status, 403, "only the former headteacher and induction lead")
        // The new school keeps full access.
        try signIn("headteacher@138204.schools.example", role: .headteacher, urn: DemoRecords.holmeMossURN)
        let current = session.get("/ects/\(ectID)")
        XCTAssertEqual(current.status, 200)
        XCTAssertTrue(current.text.contains("/ects/\(ectID)/absences/new"))
    }

    // MARK: Working pattern and programme

    func testAChangeOfWorkingPatternIsRecordedAndMovesTheTimeline() throws {
        try signIn("headteacher@107512.schools.example", role: .headteacher)
        let before = HTML.firstMatch(#"Projected end date</dt>\s*<dd[^>]*>(.*?)</dd>"#, in: session.get("/ects/\(ectID)").text)
        XCTAssertEqual(session.get("/ects/\(ectID)/working-pattern").status, 200)
        let form = [("effective-day", "2"), ("effective-month", "11"), ("effective-year", "2026"), ("fte", "0.5")]
        XCTAssertEqual(session.post("/ects/\(ectID)/working-pattern", form: form).location, "/ects/\(ectID)?saved=working-pattern")
        let page = session.get("/ects/\(ectID)").text
        XCTAssertNotEqual(HTML.firstMatch(#"Projected end date</dt>\s*<dd[^>]*>(.*?)</dd>"#, in: page), before)
        XCTAssertTrue(page.contains("Part time (0.5 FTE) from 2 November 2026"))
        XCTAssertTrue(page.contains("Working pattern changed") && page.contains("from 1.0 FTE to 0.5 FTE from 2 November 2026"))
        let again = session.post("/ects/\(ectID)/working-pattern", form: [("effective-day", "2"), ("effective-month", "11"),
                                                                         ("effective-year", "2026"), ("fte", "0.8")])
        XCTAssertEqual(again.status, 422)
        XCTAssertTrue(again.text.contains("A change to 0.5 FTE is already recorded from 2 November 2026: choose another date"))
        XCTAssertTrue(again.text.contains(#"value="0.8""#))
        let early = session.post("/ects/\(ectID)/working-pattern", form: [("effective-day", "1"), ("effective-month", "8"),
                                                                         ("effective-year", "2025"), ("fte", "0.8")])
        XCTAssertTrue(early.text.contains("The change must take effect on or after the induction start date at this school, 1 September 2025"))
        XCTAssertEqual(try count("SELECT count(*) FROM fte_changes WHERE ect_id = ?"), 1)
    }

    func testTheProgrammeIsChangedWithHistory() throws {
        try signIn("induction-lead@107512.schools.example", role: .inductionLead)
        XCTAssertEqual(session.get("/ects/\(ectID)/programme").status, 200)
        XCTAssertEqual(session.post("/ects/\(ectID)/programme", form: [("programme", "school-led")]).location, "/ects/\(ectID)?saved=programme")
        let page = session.get("/ects/\(ectID)").text
        XCTAssertTrue(page.contains("Training programme changed") && page.contains("from Provider-led to School-led"))
        let bad = session.post("/ects/\(ectID)/programme", form: [("programme", "full-induction-programme")])
        XCTAssertEqual(bad.status, 422)
        XCTAssertTrue(bad.text.contains("Select provider-led or school-led"))
    }
}
