import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 10 item 7: the AB's check that a school-led programme covers the framework, one per school and
/// academic year, listed with the schools still to check first.
final class ProgrammeCheckTests: XCTestCase {
    private let today = TestFixtures.fixedTime.today
    private var database: Database!
    private var store: InductionStore!
    private let officer = TestFixtures.makeAuthor(name: "Officer", role: .abOfficer)

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
        store = TestFixtures.makeStore(database)
    }

    private func schoolID(_ urn: String) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = ?", [urn]) })
    }

    private func form(_ values: [String: String]) -> Result<ProgrammeCheckEntry, ValidationErrors> {
        ProgrammeCheckForm(values: values).validate(today: today)
    }

    private let good = ["outcome": "gaps-to-address", "checked-day": "14", "checked-month": "10", "checked-year": "2026",
                        "notes": "Mentor sessions seen", "followUp": "Add the behaviour strand", "followUpBy-day": "15",
                        "followUpBy-month": "1", "followUpBy-year": "2027"]

    func testTheFormTable() {
        let cases: [(String, [String: String], [String: String])] = [
            ("nothing typed", [:], ["outcome": "Choose what the check found", "checked": "Enter the date of the check"]),
            ("tomorrow", good.merging(["checked-day": "26", "checked-month": "11"]) { $1 },
             ["checked": "The date of the check must be today or in the past"]),
            ("before the framework", good.merging(["checked-year": "2021", "checked-month": "8"]) { $1 },
             ["checked": "The date of the check must be on or after 1 September 2021, when the framework began"]),
            ("gaps without a follow-up", good.merging(["followUp": "  "]) { $1 },
             ["followUp": "Enter what the school must do to cover the framework in full"]),
            ("follow up before the check", good.merging(["followUpBy-year": "2025"]) { $1 },
             ["followUpBy": "The follow-up date must be on or after the date of the check"]),
            ("notes too long", good.merging(["notes": String(repeating: "a", count: 5001)]) { $1 },
             ["notes": "Notes must be 5,000 characters or fewer"]),
        ]
        for (name, values, expected) in cases {
            guard case .failure(let errors) = form(values) else { return XCTFail("\(name): accepted") }
            XCTAssertEqual(errors.messages, expected, name)
        }
        guard case .success(let entry) = form(good.merging(["outcome": "covers-in-full", "followUp": ""]) { $1 }) else {
            return XCTFail("a full check with no follow-up is fine")
        }
        XCTAssertEqual(entry.year.label, "2026 to 2027")
        XCTAssertEqual(AcademicYear(containing: CalendarDate(iso: "2027-07-31")!).startYear, 2026)
        XCTAssertEqual(AcademicYear(containing: CalendarDate(iso: "2027-08-01")!).startYear, 2027, "1 August starts a year, as the terms do")
    }

    func testRecordingAgainInTheSameYearReplacesTheCheckAndTheAuditKeepsWhatItSaid() throws {
        let school = try schoolID("145630")
        guard case .success(let first) = form(good) else { return XCTFail() }
        let id = try RecordProgrammeCheck(store: store).record(first, schoolID: school, author: officer)
        guard case .success(let second) = form(good.merging(["outcome": "covers-in-full", "checked-day": "20", "checked-month": "11"]) { $1 })
        else { return XCTFail() }
        XCTAssertEqual(try RecordProgrammeCheck(store: store).record(second, schoolID: school, author: officer), id, "one check a year")
        let checks = try XCTUnwrap(try store.reader.programmeChecks(schoolID: school))
        XCTAssertEqual(checks.checks.map(\.outcome), [.coversInFull])
        XCTAssertEqual(checks.checks.first?.checkedOn.iso, "2026-11-20")
        XCTAssertEqual(checks.checks.first?.recordedBy, "Induct", "the author has no account here")
        let details = try database.read { try $0.query("SELECT detail FROM audit_events WHERE action = 'programme_check.recorded' ORDER BY id")
            .map { try $0.string("detail") } }
        XCTAssertEqual(details, ["Programme check for 2026 to 2027 on 14 October 2026: Gaps to address",
                                 "Programme check for 2026 to 2027 on 20 November 2026: Covers the framework in full "
                                 + "(replaces the check of 14 October 2026: Gaps to address)"])
    }

    func testTheSchemaRefusesWhatTheFormWouldNot() throws {
        let school = try schoolID("145630")
        func insert(_ checked: String, _ year: Int, _ outcome: String, _ followUp: String) throws {
            try database.write { try $0.run("""
                INSERT INTO programme_checks (school_id, academic_year, checked_on, outcome, notes, follow_up, recorded_at)
                VALUES (?, ?, ?, ?, '', ?, '2026-11-25T10:00:00Z')
                """, [school, year, checked, outcome, followUp]) }
        }
        XCTAssertThrowsError(try insert("2026-10-14", 2025, "covers-in-full", ""), "the date falls outside its year")
        XCTAssertThrowsError(try insert("2026-10-14", 2026, "gaps-to-address", " "), "gaps need a follow-up")
        XCTAssertThrowsError(try insert("2026-10-14", 2026, "fine", ""), "only the known outcomes")
        XCTAssertNoThrow(try insert("2026-10-14", 2026, "covers-in-full", ""))
        XCTAssertThrowsError(try insert("2026-10-15", 2026, "covers-in-full", ""), "one a year")
    }

    func testTheListPutsSchoolsStillToCheckFirstAndTheDashboardCountsThem() throws {
        let statuses = try store.reader.programmeCheckStatuses(today: today)
        XCTAssertEqual(statuses.map(\.schoolName), ["St Aidan's C of E High School"], "only the demo's school-led school")
        XCTAssertEqual(statuses.first?.schoolLedECTs, 4)
        XCTAssertEqual(try store.reader.appropriateBodyDashboard(today: today).programmeChecksDue, 1)

        guard case .success(let entry) = form(good) else { return XCTFail() }
        try RecordProgrammeCheck(store: store).record(entry, schoolID: try schoolID("145630"), author: officer)
        let after = try store.reader.programmeCheckStatuses(today: today)
        XCTAssertEqual(after.first?.thisYear?.outcome, .gapsToAddress)
        XCTAssertFalse(try XCTUnwrap(after.first).isDue)
        XCTAssertEqual(try store.reader.appropriateBodyDashboard(today: today).programmeChecksDue, 0)
        XCTAssertEqual(try store.reader.appropriateBodyDashboard(today: CalendarDate(iso: "2027-09-01")!).programmeChecksDue, 1,
                       "a new academic year needs a new check")
    }

    func testAFutureDateOrAMissingSchoolIsRefusedByTheVerbToo() throws {
        let future = ProgrammeCheckEntry(checkedOn: CalendarDate(iso: "2026-12-01")!, outcome: .coversInFull, notes: "", followUp: "",
                                         followUpBy: nil)
        XCTAssertThrowsError(try RecordProgrammeCheck(store: store).record(future, schoolID: try schoolID("145630"), author: officer)) {
            XCTAssertEqual($0 as? ProgrammeCheckRefusal, .dateInTheFuture)
        }
        let fine = ProgrammeCheckEntry(checkedOn: today, outcome: .coversInFull, notes: "", followUp: "", followUpBy: nil)
        XCTAssertThrowsError(try RecordProgrammeCheck(store: store).record(fine, schoolID: 9_999, author: officer)) {
            XCTAssertEqual($0 as? ProgrammeCheckRefusal, .noSuchSchool)
        }
    }

    func testTheCheckAndItsAuditCommitTogether() throws {
        let entry = ProgrammeCheckEntry(checkedOn: today, outcome: .coversInFull, notes: "", followUp: "", followUpBy: nil)
        let school = try schoolID("145630")
        try AuditTransactionProbe(database).assertAtomic(["programme_checks"]) {
            try RecordProgrammeCheck(store: store).record(entry, schoolID: school, author: officer)
        }
    }
}
