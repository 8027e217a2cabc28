import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 4 item 4: a school registers an ECT (new, or continuing from another school); the
/// appropriate body confirms or rejects; one TRN never has two open or overlapping periods.
final class ECTRegistrationTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private let officer = TestFixtures.makeAuthor(name: "Officer", role: .abOfficer, clientAddress: "192.0.2.2")

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func makeForm(trn: String = "4012345") -> ECTRegistrationForm {
        TestFixtures.makeECTRegistrationForm(trn: trn, email: "Priya.Sandhu@example.org")
    }

    private func schoolID(_ urn: String) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = ?", [urn]) })
    }

    private func register(_ form: ECTRegistrationForm, urn: String = "107512") throws -> ECTRegistrationOutcome {
        let registration = try XCTUnwrap(form.validate(today: time.today).value, "\(form.validate(today: time.today).messages)")
        return try RegisterECT(store: InductionStore(database: database, time: time))
            .register(registration, schoolID: try schoolID(urn), author: TestFixtures.makeAuthor(name: "Lead", clientAddress: "192.0.2.1"))
    }

    private func periodID(_ outcome: ECTRegistrationOutcome) throws -> Int {
        guard case .registered(let periodID, _, _) = outcome else { XCTFail("not registered: \(outcome)"); return -1 }
        return periodID
    }

    private func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) ?? -1 }
    }

    private func confirm(_ periodID: Int) throws -> Bool {
        try ConfirmECTRegistration(store: InductionStore(database: database, time: time, baseURL: "https://induct.test"))
            .confirm(periodID: periodID, author: officer)
    }

    func testAnEmptyFormHasAMessageForEachRequiredField() {
        XCTAssertEqual(ECTRegistrationForm().validate(today: time.today).messages, [
            "firstName": "Enter the ECT's first name",
            "lastName": "Enter the ECT's last name",
            "trn": "Enter the ECT's teacher reference number (TRN)",
            "dateOfBirth": "Enter the date of birth",
            "qtsDate": "Enter the QTS award date",
            "inductionStart": "Enter the induction start date",
            "fte": "Enter the working pattern as a number from 0.1 to 1.0, like 0.8",
            "trainingProgramme": "Select a training programme",
        ])
    }

    func testEachInvalidFieldHasItsOwnMessage() {
        var form = makeForm()
        form.firstName = String(repeating: "A", count: 101)
        form.email = "not-an-email"
        form.trn = "12ab"
        form.dateOfBirth = TypedDate(day: "31", month: "2", year: "1998")
        form.qtsDate = TypedDate(day: "1", month: "", year: "2025")
        form.fte = "1.5"
        form.trainingProgramme = "core-induction-programme"
        form.termsServedElsewhere = "2.25"
        let errors = form.validate(today: time.today).messages
        XCTAssertEqual(errors["firstName"], "First name must be 100 characters or fewer")
        XCTAssertEqual(errors["email"], "Enter the ECT's email address in the correct format, like name@example.org")
        XCTAssertEqual(errors["trn"], "Enter a TRN of 7 digits, like 1234567")
        XCTAssertEqual(errors["dateOfBirth"], "Date of birth must be a real date")
        XCTAssertEqual(errors["qtsDate"], "QTS award date must include a month")
        XCTAssertEqual(errors["fte"], "Enter the working pattern as a number from 0.1 to 1.0, like 0.8")
        XCTAssertEqual(errors["trainingProgramme"], "Select a training programme")
        XCTAssertEqual(errors["termsServedElsewhere"], "Enter terms already served as a number, to one decimal place, like 1.5")
        XCTAssertNil(form.validate(today: time.today).value)

        form = makeForm()
        form.termsServedElsewhere = "1.5"
        form.trainingProgramme = "provider-led"
        form.leadProvider = " "
        XCTAssertEqual(form.validate(today: time.today).messages, [
            "leadProvider": "Enter the lead provider for a provider-led programme",
            "previousAppropriateBody": "Enter the appropriate body for the induction already served",
        ])
    }

    func testTRNIsLeftPaddedAndValuesAreParsed() throws {
        var form = makeForm(trn: " 12345 ")
        form.termsServedElsewhere = "1.5"
        form.previousAppropriateBody = "North Hub"
        let registration = try XCTUnwrap(form.validate(today: time.today).value)
        XCTAssertEqual(registration.trn, "0012345")
        XCTAssertEqual(registration.email, "priya.sandhu@example.org")
        XCTAssertEqual(registration.fte.percent, 80)
        XCTAssertEqual(registration.termsServedElsewhere, 1500)
        XCTAssertEqual(registration.inductionStart.iso, "2026-09-01")
        form.trn = "1234"
        XCTAssertEqual(form.validate(today: time.today).messages["trn"], "Enter a TRN of 7 digits, like 1234567")
    }

    func testStartDateRules() {
        var form = makeForm()
        form.inductionStart = TypedDate(day: "1", month: "7", year: "2026")
        XCTAssertEqual(form.validate(today: time.today).messages["inductionStart"], "Induction start date must be on or after the QTS award date")
        form.qtsDate = TypedDate(day: "1", month: "7", year: "2020")
        form.inductionStart = TypedDate(day: "31", month: "8", year: "2021")
        XCTAssertEqual(form.validate(today: time.today).messages["inductionStart"], "Induction start date must be on or after 1 September 2021")
        form.inductionStart = TypedDate(day: "1", month: "1", year: "2028")
        XCTAssertEqual(form.validate(today: time.today).messages["inductionStart"], "Induction start date must be no more than a year from today")
        form = makeForm()
        form.dateOfBirth = TypedDate(day: "1", month: "1", year: "2010")
        XCTAssertEqual(form.validate(today: time.today).messages["dateOfBirth"],
                       "The ECT must be between 18 and 80 years old when their induction starts")
    }

    func testANewECTWaitsForTheAppropriateBodyAndIsNotListed() throws {
        let periodID = try periodID(try register(makeForm()))
        XCTAssertEqual(try count("SELECT count(*) FROM ects WHERE trn = '4012345' AND registration_status = 'pending'"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM induction_periods WHERE id = ? AND status = 'pending'", [periodID]), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE action = 'ect.registered' AND actor = 'Lead'"), 1)
        let listed = try database.read { try InductionDirectory().rosters($0) }.flatMap(\.ects).map(\.trn)
        XCTAssertFalse(listed.contains("4012345"))
        let calder = try schoolID("107512")
        let pending = try database.read { try InductionDirectory().pendingRegistrations(schoolID: calder, $0) }
        XCTAssertEqual(pending.map(\.trn), ["4012345"])
    }

    func testADuplicatePendingRegistrationIsRefused() throws {
        _ = try periodID(try register(makeForm()))
        XCTAssertEqual(try register(makeForm(trn: "4012345"), urn: "138204"),
                       .refused(["trn": "A registration for TRN 4012345 is already waiting for the appropriate body to confirm"]))
    }

    func testAnOpenPeriodAtAnotherSchoolIsRefused() throws {
        XCTAssertEqual(try register(makeForm(trn: "3012456"), urn: "138204"), .refused([
            "trn": "TRN 3012456 is already in induction with another school. Check the TRN, or contact the appropriate body",
        ]))
    }

    func testATransferContinuesTheSameRecordWithANewPeriod() throws {
        let ectID = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '3012456'") })
        let calder = try schoolID("107512")
        try database.write { c in
            // The demo seed may predate induction periods: give her a closed one either way.
            try c.run("DELETE FROM induction_periods WHERE ect_id = ?", [ectID])
            try c.run("""
                INSERT INTO induction_periods (ect_id, school_id, start_date, end_date, status, terms_served, created_at)
                VALUES (?, ?, '2025-09-01', '2026-07-22', 'confirmed', 3000, 'now')
                """, [ectID, calder])
        }
        var form = makeForm(trn: "3012456")
        form.inductionStart = TypedDate(day: "20", month: "7", year: "2026")
        XCTAssertEqual(try register(form, urn: "138204"),
                       .refused(["inductionStart": "Induction start date must be after 22 July 2026, when the last induction period for TRN 3012456 ended"]))
        let outcome = try register(makeForm(trn: "3012456"), urn: "138204")
        guard case .registered(let periodID, let sameECT, let isTransfer) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(sameECT, ectID)
        XCTAssertTrue(isTransfer)
        XCTAssertEqual(try count("SELECT count(*) FROM ects WHERE trn = '3012456'"), 1)
        XCTAssertTrue(try confirm(periodID))
        let row = try XCTUnwrap(try database.read { try $0.queryOne("SELECT * FROM ects WHERE id = ?", [ectID]) })
        XCTAssertEqual(try row.int("school_id"), try schoolID("138204"))
        XCTAssertEqual(try row.string("induction_start_date"), "2025-09-01", "the first period's start is kept")
        XCTAssertEqual(try count("SELECT count(*) FROM induction_periods WHERE ect_id = ? AND status = 'confirmed'", [ectID]), 2)
        XCTAssertEqual(try count("SELECT sum(terms_served) FROM induction_periods WHERE ect_id = ?", [ectID]), 3000, "terms carried over")
    }

    func testConfirmingListsTheECTEmailsTheSchoolAndInvitesTheECT() throws {
        let periodID = try periodID(try register(makeForm()))
        XCTAssertTrue(try confirm(periodID))
        XCTAssertFalse(try confirm(periodID), "already decided")
        let calder = try schoolID("107512")
        let listed = try database.read { try InductionDirectory().roster(schoolID: calder, $0) }?.ects.map(\.trn) ?? []
        XCTAssertTrue(listed.contains("4012345"))
        XCTAssertEqual(try count("SELECT count(*) FROM role_grants g JOIN ects e ON e.id = g.ect_id WHERE e.trn = '4012345' AND g.role = 'ect'"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM outbox_messages WHERE recipient = 'priya.sandhu@example.org'"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE action = 'ect_registration.confirmed'"), 1)
    }

    func testRejectingNeedsAReasonAndLetsTheSchoolRegisterAgain() throws {
        let periodID = try periodID(try register(makeForm()))
        let reject = RejectECTRegistration(store: InductionStore(database: database, time: time))
        XCTAssertThrowsError(try reject.reject(periodID: periodID, reason: "  ", author: officer)) {
            XCTAssertEqual($0 as? ECTRegistrationDecisionError, .reasonRequired)
        }
        XCTAssertTrue(try reject.reject(periodID: periodID, reason: "TRN does not match", author: officer))
        XCTAssertEqual(try count("SELECT count(*) FROM ects WHERE trn = '4012345' AND registration_status = 'rejected' AND rejection_reason = 'TRN does not match'"), 1)
        XCTAssertEqual(try count("SELECT count(*) FROM audit_events WHERE action = 'ect_registration.rejected'"), 1)
        _ = try self.periodID(try register(makeForm()))
        XCTAssertEqual(try count("SELECT count(*) FROM ects WHERE trn = '4012345' AND registration_status = 'pending'"), 1)
    }

    func testTheSchemaStillBlocksOverlappingPeriods() throws {
        guard case .registered(_, let ectID, _) = try register(makeForm()) else { return XCTFail("not registered") }
        let holme = try schoolID("138204")
        XCTAssertThrowsError(try database.write { c in
            try c.run("INSERT INTO induction_periods (ect_id, school_id, start_date, end_date, status, created_at) VALUES (?, ?, '2026-10-01', '2026-12-01', 'confirmed', 'now')",
                      [ectID, holme])
        })
        XCTAssertThrowsError(try database.write { c in
            try c.run("INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at) VALUES (?, ?, '2027-01-04', 'pending', 'now')",
                      [ectID, holme])
        }, "two open periods")
    }
}
