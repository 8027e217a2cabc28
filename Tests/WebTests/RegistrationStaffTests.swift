import Foundation
import Induction
import InductTestSupport
import SQLite
import XCTest

/// Item 10 at registration: the form chooses accounts, the CSV names them by email, the choice is
/// checked against the school's staff and assigned when the appropriate body confirms, and a
/// transfer hands the ECT from the old school's tutor and mentor to the new school's.
final class RegistrationStaffTests: XCTestCase {
    private let time = TestEnvironment.fixedTime
    private var database: Database!
    private var records: DemoRecords!

    override func setUpWithError() throws {
        database = try TestEnvironment.makeDatabase()
        records = DemoRecords(database)
    }

    private func register(_ form: ECTRegistrationForm, urn: String = DemoRecords.calderValleyURN) throws -> ECTRegistrationOutcome {
        let registration = try XCTUnwrap(form.validate(today: time.today).value, "\(form.validate(today: time.today).messages)")
        return try RegisterECT(store: InductionStore(database: database, time: time))
            .register(registration, schoolID: try records.schoolID(urn: urn),
                      author: Author(userID: nil, name: "Lead", role: .headteacher, clientAddress: "192.0.2.1"))
    }

    private func confirm(_ outcome: ECTRegistrationOutcome) throws -> Int {
        guard case .registered(let periodID, let ectID, _) = outcome else { XCTFail("not registered: \(outcome)"); return -1 }
        XCTAssertTrue(try ConfirmECTRegistration(store: InductionStore(database: database, time: time, baseURL: "https://induct.test"))
            .confirm(periodID: periodID, author: Author(userID: nil, name: "Officer", role: .abOfficer, clientAddress: "192.0.2.2")))
        return ectID
    }

    private func record(_ ectID: Int) throws -> ECTRecord {
        try XCTUnwrap(try database.read { try ECTRecordLoader().load(ectID: ectID, $0) })
    }

    func testTheChosenTutorAndMentorAreAssignedFromTheStartWhenTheABConfirms() throws {
        var form = DemoRecords.registrationForm(trn: "4012345")
        form.tutor = String(try records.userID(email: "david.greenwood@107512.schools.example"))
        form.mentor = String(try records.userID(email: "sophie.lumb@107512.schools.example"))
        let outcome = try register(form)
        guard case .registered(_, let pendingID, _) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertNil(try record(pendingID).current(.tutor), "nobody is assigned while the AB has not confirmed")
        let ectID = try confirm(outcome)
        let confirmed = try record(ectID)
        XCTAssertEqual(confirmed.current(.tutor)?.person.name, "David Greenwood")
        XCTAssertEqual(confirmed.current(.mentor)?.person.name, "Sophie Lumb")
        XCTAssertEqual(confirmed.current(.tutor)?.from.iso, "2026-09-01")
        XCTAssertEqual(Set(confirmed.history.map(\.actionName)).intersection(["ect.tutor_changed", "ect.mentor_changed"]).count, 2)

        var none = DemoRecords.registrationForm(trn: "4012346", firstName: "Noor")
        none.tutor = ""
        let unassigned = try record(try confirm(try register(none)))
        XCTAssertEqual(unassigned.staffTasks, ["No tutor assigned", "No mentor assigned"], "both are optional")
    }

    func testSomeoneWithoutTheRoleAtTheSchoolIsRefusedOnTheField() throws {
        var form = DemoRecords.registrationForm(trn: "4012345")
        form.tutor = String(try records.userID(email: "school-admin@107512.schools.example"))
        form.mentor = String(try records.userID(email: "mentor@138204.schools.example"))
        XCTAssertEqual(try register(form), .refused([
            "tutor": "Select someone who holds the induction tutor or headteacher role at this school",
            "mentor": "Select someone who holds the mentor role at this school",
        ]))
        XCTAssertEqual(try records.count("SELECT count(*) FROM ects WHERE trn = '4012345'"), 0)
    }

    func testATransferEndsTheOldSchoolsAssignmentsOnTheLeavingDate() throws {
        let amelia = try records.count("SELECT id FROM ects WHERE trn = '3012456'")
        try RecordLeaving(store: InductionStore(database: database, time: time))
            .record(leaving: CalendarDate(iso: "2026-10-23")!, nextSchool: "Holme Moss Academy", ectID: amelia, author: Author(userID: nil, name: "Head", role: nil, clientAddress: ""))
        var form = DemoRecords.registrationForm(trn: "3012456", firstName: "Amelia", lastName: "Hartley")
        form.inductionStart = TypedDate(day: "2", month: "11", year: "2026")
        form.tutor = String(try records.userID(email: "induction-tutor@138204.schools.example"))
        XCTAssertEqual(try confirm(try register(form, urn: DemoRecords.holmeMossURN)), amelia)
        let moved = try record(amelia)
        XCTAssertEqual(moved.current(.tutor)?.person.name, "Mark Holroyd")
        XCTAssertEqual(moved.current(.tutor)?.from.iso, "2026-11-02")
        XCTAssertNil(moved.current(.mentor), "Holme Moss chose no mentor, and Calder's mentor no longer is")
        XCTAssertEqual(moved.staffAssignments.filter { !$0.isCurrent }.map { "\($0.role.rawValue) \($0.person.name) \($0.to?.iso ?? "")" }
                        .sorted(),
                       ["mentor Laura Bentley 2026-10-23", "tutor Rachel Sutcliffe 2026-10-23"])
    }

    func testTheCSVNamesTheTutorAndMentorByTheirAccountsEmail() throws {
        let header = "first_name,last_name,email,trn,date_of_birth,qts_date,induction_start_date,fte,training_programme,"
            + "lead_provider,induction_tutor_email,mentor_email,terms_served_elsewhere,previous_appropriate_body"
        func row(_ trn: String, _ tutor: String, _ mentor: String) -> String {
            "Priya,Sandhu,,\(trn),1998-03-27,2026-07-14,2026-09-01,1,school-led,,\(tutor),\(mentor),,"
        }
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        let reader = InductionReader(database: database)
        let bad = [header, row("5000001", "nobody@example.org", ""), row("5000002", "Induction-Lead@107512.schools.example", ""),
                   row("5000003", "", "mentor@138204.schools.example")].joined(separator: "\n")
        XCTAssertEqual(try reader.ectImportProblems(bad, schoolID: calder, today: time.today), [
            ECTImportError(row: 2, column: "induction_tutor_email", message:
                "No account has the email address nobody@example.org. Add them to the school's staff first, or leave induction_tutor_email empty"),
            ECTImportError(row: 3, column: "induction_tutor_email", message:
                "Imran Hussain (Induction-Lead@107512.schools.example) does not hold the induction tutor or headteacher role at this school"),
            ECTImportError(row: 4, column: "mentor_email", message:
                "Joanne Firth (mentor@138204.schools.example) does not hold the mentor role at this school"),
        ])
        let good = [header, row("5000001", " DAVID.GREENWOOD@107512.schools.example ", "sophie.lumb@107512.schools.example"),
                    row("5000002", "", "")].joined(separator: "\n")
        XCTAssertEqual(try ImportECTs(store: InductionStore(database: database, time: time))
                        .importCSV(good, schoolID: calder, author: Author(userID: nil, name: "Lead", role: .headteacher, clientAddress: "")),
                       .imported(count: 2))
        let periods = try database.read { c in
            try c.query("""
                SELECT e.trn, u.name AS tutor, m.name AS mentor FROM induction_periods p JOIN ects e ON e.id = p.ect_id
                LEFT JOIN users u ON u.id = p.tutor_user_id LEFT JOIN users m ON m.id = p.mentor_user_id
                WHERE e.trn IN ('5000001', '5000002') ORDER BY e.trn
                """).map { "\(try $0.string("trn")) \(try $0.optionalString("tutor") ?? "-") \(try $0.optionalString("mentor") ?? "-")" }
        }
        XCTAssertEqual(periods, ["5000001 David Greenwood Sophie Lumb", "5000002 - -"])
    }
}
