@testable import Induction
import InductTestSupport
import Templates
@testable import Web
import XCTest

/// The ECT record's induction timeline: the view model on its own (today fixed at 25 November
/// 2026), then the page as a headteacher and as the ECT see it. Expected dates were worked out by
/// hand from the England default terms (`AcademicYearTerms.englandDefault`) and the bank holidays.
final class ECTTimelineTests: XCTestCase {
    private let today = TestEnvironment.fixedTime.today

    func testFullTimeSeptember2025StartAsOf25November2026() throws {
        XCTAssertEqual(today.iso, "2026-11-25")
        let input = TermCalendarInput(startDate: CalendarDate(iso: "2025-09-01")!, fte: .fullTime)
        let values = ECTTimelineView(result: try TermCalendar.compute(input), today: today).values

        // 3 full terms, then 62 of autumn 2026's 79 school days (1 September to 18 December): 3.785.
        XCTAssertEqual(values["termsServed"], "3.8")
        XCTAssertEqual(values["termsRemaining"], "2.2")
        XCTAssertEqual(values["projectedEnd"], "22 July 2027")
        XCTAssertEqual(values["projectedEndISO"], "2027-07-22")

        let terms = Self.list(values["terms"])
        XCTAssertEqual(terms.count, 6)
        XCTAssertEqual(terms.map { Self.string($0, "termName") },
                       ["Autumn 2025", "Spring 2026", "Summer 2026", "Autumn 2026", "Spring 2027", "Summer 2027"])
        XCTAssertEqual(terms.map { "\(Self.string($0, "termStart")) to \(Self.string($0, "termEnd"))" }, [
            "1 September 2025 to 19 December 2025", "5 January 2026 to 2 April 2026", "20 April 2026 to 22 July 2026",
            "1 September 2026 to 18 December 2026", "4 January 2027 to 25 March 2027", "12 April 2027 to 22 July 2027",
        ])
        XCTAssertEqual(terms.map { Self.string($0, "statusLabel") },
                       ["Completed term", "Completed term", "Completed term", "Current term", "Upcoming", "Upcoming"])
        XCTAssertEqual(terms.map { Self.string($0, "statusTag") },
                       ["tag--green", "tag--green", "tag--green", "tag--blue", "tag--grey", "tag--grey"])

        let due = terms.map { Self.list($0.dictionaryValue["dueItems"]) }
        XCTAssertEqual(due.map { $0.map { Self.string($0, "kind") } }, [
            ["Progress review"], ["Progress review"], ["First formal assessment"],
            ["Progress review"], ["Progress review"], ["Final formal assessment"],
        ])
        // The first formal assessment at the end of summer 2026, earliest 5 working days before.
        XCTAssertEqual(Self.string(due[2][0], "earliest"), "15 July 2026")
        XCTAssertEqual(Self.string(due[2][0], "due"), "22 July 2026")
        XCTAssertEqual(Self.string(due[2][0], "dueISO"), "2026-07-22")
        // The final report is due 10 working days after the final assessment (SG 2.61).
        XCTAssertEqual(Self.string(due[5][0], "earliest"), "15 July 2027")
        XCTAssertEqual(Self.string(due[5][0], "due"), "5 August 2027")
        // Past due only for items whose due date has gone: terms 1-3, not the current term's review.
        XCTAssertEqual(due.map { $0[0].dictionaryValue["pastDue"] }, [true, true, true, false, false, false])
    }

    func testHalfTimeECTHasAReviewEveryCalendarTermOverMoreThanSixTerms() throws {
        let database = try TestEnvironment.makeDatabase(seeded: true, accounts: false)
        let jack = try XCTUnwrap(try database.read { c in
            try InductionDirectory().rosters(c).flatMap(\.ects).first { $0.fullName == "Jack O'Connor" }
        })
        XCTAssertEqual(jack.inductionStartDate.iso, "2024-09-02")
        XCTAssertEqual(jack.fte.percent, 50)

        let values = ECTTimelineView(result: try TermCalendar.compute(ECTTimelineView.input(for: jack, termDates: .englandDefaults)), today: today).values
        // Six half terms' worth by summer 2026, plus half of 62/79 of autumn 2026.
        XCTAssertEqual(values["termsServed"], "3.4")
        XCTAssertEqual(values["termsRemaining"], "2.6")
        XCTAssertEqual(values["projectedEnd"], "21 July 2028")

        let terms = Self.list(values["terms"])
        XCTAssertEqual(terms.count, 12, "6 FTE terms at 0.5 FTE take 12 calendar terms")
        XCTAssertEqual(Self.string(terms[0], "termName"), "Autumn 2024")
        XCTAssertEqual(Self.string(terms[11], "termName"), "Summer 2028")
        let kinds = terms.map { Self.list($0.dictionaryValue["dueItems"]).map { Self.string($0, "kind") } }
        var expected = Array(repeating: ["Progress review"], count: 12)
        expected[5] = ["First formal assessment"]  // 3 FTE terms at the end of summer 2026
        expected[11] = ["Final formal assessment"]
        XCTAssertEqual(kinds, expected, "a review every calendar term (SG 2.48) except where an assessment falls")
        XCTAssertEqual(terms.map { Self.string($0, "statusLabel") },
                       Array(repeating: "Completed term", count: 6) + ["Current term"] + Array(repeating: "Upcoming", count: 5))
    }

    func testAnInputTheCalendarRefusesLeavesTheDetailsWithAnExplanation() throws {
        let ect = ECT(id: 1, schoolID: 1, firstName: "Test", lastName: "Person", trn: "1234567",
                      inductionStartDate: CalendarDate(iso: "2025-09-01")!, fte: .fullTime)
        var input = ECTTimelineView.input(for: ect, termDates: .englandDefaults)
        input.leavingDate = CalendarDate(iso: "2025-08-01")  // before the start: TermCalendar throws
        var values = ECTListView.ect(ect).dictionaryValue
        values["heading"] = "Test Person"
        values["schoolName"] = "Test School"
        values["schoolHref"] = "/schools/1"
        values["ownRecord"] = false
        values.merge(ECTTimelineView.pageValues(input, today: today)) { _, new in new }
        values.merge(ECTRecordView(record: ECTRecord(ect: ect, schoolName: "Test School"), result: nil).values) { _, new in new }
        for key in ["absenceHref", "leavingHref", "adjustmentHref", "staffHref", "banner", "ectContact", "earlierReports", "hasEarlierReports",
                    "observationsSection", "exportHref", "importedRecords", "hasImportedRecords"] { values[key] = .null }
        XCTAssertEqual(values["timeline"], .null)

        let response = try PageRenderer(templates: try TestEnvironment.makeTemplates())
            .render("pages/ect_record", title: "Test Person", context: nil, values: values)
        let html = String(decoding: response.body, as: UTF8.self)
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(html.contains("1234567"), "the details still show")
        XCTAssertTrue(html.contains("The induction timeline cannot be worked out"))
        XCTAssertFalse(html.contains("<table"))
    }

    func testTheHeadteacherSeesTheTimelineOnTheRecord() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        let ameliaID = try Self.ectID(named: "Amelia", "Hartley", in: session)
        XCTAssertEqual(session.signIn("headteacher@107512.schools.example").status, 303)
        let page = session.get("/ects/\(ameliaID)")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.heading, "Amelia Hartley")
        try Self.assertAmeliasTimeline(page.text, startsReports: true)
    }

    func testTheECTSeesHerOwnTimeline() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        XCTAssertEqual(session.signIn("amelia.hartley@107512.schools.example").status, 303)
        let page = session.get("/my-induction")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.heading, "Your induction")
        try Self.assertAmeliasTimeline(page.text, startsReports: false)
    }

    /// Amelia Hartley: full time from 1 September 2025, seen on 25 November 2026.
    /// Without reports, the school's writers see a start button on each due item, others "Not started".
    private static func assertAmeliasTimeline(_ html: String, startsReports: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        func report(_ start: String) -> String { startsReports ? start : "Not started" }
        let text = HTML.plainText(html)
        XCTAssertTrue(text.contains(ECTTimelineView.standardScheduleNote), "says the schedule is the standard one", file: file, line: line)
        XCTAssertEqual(summaryValue("Terms served to date", in: html), "3.8 (on 25 November 2026)", file: file, line: line)
        XCTAssertEqual(summaryValue("Terms remaining", in: html), "2.2", file: file, line: line)
        XCTAssertEqual(summaryValue("Projected end date", in: html), "22 July 2027", file: file, line: line)
        XCTAssertTrue(html.contains(#"<time datetime="2027-07-22">22 July 2027</time>"#), "projected end", file: file, line: line)

        let table = try XCTUnwrap(HTML.firstMatch(#"(<table class="table timeline">.*?</table>)"#, in: html), file: file, line: line)
        XCTAssertTrue(table.contains("<caption"), file: file, line: line)
        XCTAssertEqual(HTML.allMatches(#"<th scope="(col)">"#, in: table).count, 4, file: file, line: line)
        let rows = HTML.allMatches(#"(<tr>\s*<th scope="row">.*?</tr>)"#, in: table).map(HTML.plainText)
        XCTAssertEqual(rows.count, 6, file: file, line: line)
        guard rows.count == 6 else { return }
        XCTAssertEqual(rows[2], "Term 3 Summer 2026, 20 April 2026 to 22 July 2026 First formal assessment "
                       + "Earliest submission 15 July 2026 Due 22 July 2026 Past due date "
                       + report("Start the assessment: First formal assessment, term 3") + " Completed term", file: file, line: line)
        XCTAssertEqual(rows[3], "Term 4 Autumn 2026, 1 September 2026 to 18 December 2026 Progress review "
                       + "Earliest submission 11 December 2026 Due 18 December 2026 "
                       + report("Start the review: Progress review, term 4") + " Current term", file: file, line: line)
        XCTAssertTrue(rows[5].hasPrefix("Term 6 Summer 2027") && rows[5].contains("Final formal assessment")
                      && rows[5].contains("Due 5 August 2027") && rows[5].hasSuffix("Upcoming"), rows[5], file: file, line: line)
        XCTAssertTrue(table.contains(#"<time datetime="2026-07-22">22 July 2026</time>"#), file: file, line: line)
    }

    /// The text of the summary list value whose key is `key`.
    private static func summaryValue(_ key: String, in html: String) -> String? {
        HTML.firstMatch(#"<dt class="summary-list__key">\#(key)</dt>\s*<dd[^>]*>(.*?)</dd>"#, in: html).map(HTML.plainText)
    }

    private static func ectID(named first: String, _ last: String, in session: TestSession) throws -> Int {
        let id = try session.application.database.read { c in
            try c.scalarInt("SELECT id FROM ects WHERE first_name = ? AND last_name = ?", [first, last])
        }
        return try XCTUnwrap(id, "\(first) \(last) is seeded")
    }

    private static func list(_ value: TemplateValue?) -> [TemplateValue] {
        if case .list(let items) = value { return items }
        return []
    }

    private static func string(_ value: TemplateValue, _ key: String) -> String {
        if case .string(let text) = value.dictionaryValue[key] { return text }
        return "<\(key) missing>"
    }
}
