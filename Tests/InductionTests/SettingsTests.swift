import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// The appropriate body's details (contact for ECTs, fees) and term dates: validation messages,
/// pence parsing, audit events, and stored term dates overriding England's defaults.
final class SettingsTests: XCTestCase {
    private let time = TestFixtures.fixedTime
    private var database: Database!
    private var inductionStore: InductionStore { InductionStore(database: database, time: time) }
    private let admin = TestFixtures.makeAuthor(name: "Aisha Admin", role: .abAdmin, clientAddress: "192.0.2.1")

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func validProfileValues() -> [String: String] {
        ["name": "Moorland Teaching School Hub", "contactName": "Sam Okafor", "contactEmail": " Sam.Okafor@Pennine.example ",
         "contactPhone": "+44 (0)1484 000000", "progressReviewFee": "50", "formalAssessmentFee": "£120.50",
         "interimAssessmentFee": "75.5", "annualFeePerECT": "1,250.00"]
    }

    private func audit(_ action: String) throws -> [Row] {
        try database.read { try $0.query("SELECT * FROM audit_events WHERE action = ? ORDER BY id", [action]) }
    }

    // MARK: Pounds and pence

    func testPenceParsing() {
        XCTAssertEqual(PoundsAndPence.pence(from: "50"), 5000)
        XCTAssertEqual(PoundsAndPence.pence(from: "50.00"), 5000)
        XCTAssertEqual(PoundsAndPence.pence(from: "£50"), 5000)
        XCTAssertEqual(PoundsAndPence.pence(from: " £ 50.5 "), 5050)
        XCTAssertEqual(PoundsAndPence.pence(from: "0"), 0)
        XCTAssertEqual(PoundsAndPence.pence(from: "1,250.99"), 125_099)
        XCTAssertEqual(PoundsAndPence.pence(from: "100000"), 10_000_000)
        for bad in ["", "£", "-5", "50.001", "50.", ".5", "5O", "1,25", "50p", "1e3", "٥٠"] {
            XCTAssertNil(PoundsAndPence.pence(from: bad), bad)
        }
        XCTAssertGreaterThan(PoundsAndPence.pence(from: "100000.01")!, PoundsAndPence.maximumPence)
        XCTAssertGreaterThan(PoundsAndPence.pence(from: "99999999999999999999")!, PoundsAndPence.maximumPence)
        XCTAssertEqual(PoundsAndPence.text(pence: 5005), "50.05")
        XCTAssertEqual(PoundsAndPence.display(pence: 125_050), "£1,250.50")
    }

    // MARK: Appropriate body profile

    func testValidProfileIsCleanedAndConvertedToPence() throws {
        let profile = try AppropriateBodyProfileForm(values: validProfileValues()).validate(id: 1).get()
        XCTAssertEqual(profile.contactEmail, "sam.okafor@pennine.example")
        XCTAssertEqual([profile.progressReviewFeePence, profile.formalAssessmentFeePence, profile.interimAssessmentFeePence,
                        profile.annualFeePerECTPence], [5000, 12050, 7550, 125_000])
    }

    func testProfileValidationMessages() {
        let empty = Dictionary(uniqueKeysWithValues: AppropriateBodyProfileForm.fieldNames.map { ($0, "") })
        guard case .failure(let errors) = AppropriateBodyProfileForm(values: empty).validate(id: 1) else { return XCTFail("empty form") }
        XCTAssertEqual(errors.messages["name"], "Enter the appropriate body’s name")
        XCTAssertEqual(errors.messages["contactName"], "Enter the name of the contact for ECTs")
        XCTAssertEqual(errors.messages["contactEmail"], "Enter the contact’s email address")
        XCTAssertNil(errors.messages["contactPhone"], "the phone number is optional")
        XCTAssertEqual(errors.messages["progressReviewFee"], "Enter the progress review fee in pounds, like 50 or 50.00 (0 if you do not charge one)")

        var values = validProfileValues()
        values["name"] = String(repeating: "a", count: 201)
        values["contactEmail"] = "sam at pennine"
        values["contactPhone"] = "01484 ext. 5"
        values["formalAssessmentFee"] = "100000.01"
        values["annualFeePerECT"] = "fifty"
        guard case .failure(let bad) = AppropriateBodyProfileForm(values: values).validate(id: 1) else { return XCTFail("bad form") }
        XCTAssertEqual(bad.messages, [
            "name": "Appropriate body name must be 200 characters or fewer",
            "contactEmail": "Enter an email address in the correct format, like name@example.com",
            "contactPhone": "Enter a phone number using only numbers, spaces, + and brackets",
            "formalAssessmentFee": "The formal assessment fee must be £100,000 or less",
            "annualFeePerECT": "Enter the annual fee for each ECT in pounds and pence, like 50 or 50.00",
        ])
        values = validProfileValues()
        values["contactPhone"] = String(repeating: "1", count: 41)
        guard case .failure(let long) = AppropriateBodyProfileForm(values: values).validate(id: 1) else { return XCTFail("long phone") }
        XCTAssertEqual(long.messages, ["contactPhone": "Phone number must be 40 characters or fewer"])
    }

    func testSavingTheProfileIsAuditedWithFieldNamesOnly() throws {
        let before = try XCTUnwrap(try database.read { try AppropriateBodyProfile.load($0) })
        XCTAssertFalse(before.hasECTContact)
        let wanted = try AppropriateBodyProfileForm(values: validProfileValues()).validate(id: before.id).get()
        let changed = try SaveAppropriateBodyProfile(store: inductionStore).save(wanted, author: admin)
        XCTAssertEqual(changed, ["name", "ect_contact_name", "ect_contact_email", "ect_contact_phone", "progress_review_fee_pence",
                                 "formal_assessment_fee_pence", "interim_assessment_fee_pence", "annual_fee_per_ect_pence"])
        XCTAssertEqual(try database.read { try AppropriateBodyProfile.load($0) }, wanted)

        let events = try audit("appropriate_body.updated")
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(try events[0].string("actor"), "Aisha Admin")
        XCTAssertEqual(try events[0].string("client_address"), "192.0.2.1")
        let detail = try events[0].string("detail")
        XCTAssertTrue(detail.contains("ect_contact_email"), detail)
        for value in ["Sam", "okafor", "1484", "5000", "Moorland"] { XCTAssertFalse(detail.contains(value), "\(value) in \(detail)") }

        // Saving the same again writes nothing; one change names one field.
        XCTAssertEqual(try SaveAppropriateBodyProfile(store: inductionStore).save(wanted, author: admin), [])
        var cheaper = wanted
        cheaper.progressReviewFeePence = 4000
        XCTAssertEqual(try SaveAppropriateBodyProfile(store: inductionStore).save(cheaper, author: admin),
                       ["progress_review_fee_pence"])
        XCTAssertEqual(try audit("appropriate_body.updated").count, 2)
    }

    func testSchemaRefusesFeesOutOfRangeAndLongContacts() throws {
        for sql in ["UPDATE appropriate_bodies SET progress_review_fee_pence = -1",
                    "UPDATE appropriate_bodies SET annual_fee_per_ect_pence = 10000001",
                    "UPDATE appropriate_bodies SET ect_contact_phone = printf('%041d', 1)"] {
            XCTAssertThrowsError(try database.write { try $0.run(sql) }, sql)
        }
    }

    // MARK: Term dates

    private func form(_ dates: [TermDateField: String]) -> TermDatesForm {
        var terms = TermDatesForm(AcademicYearTerms.englandDefault(academicYear: 2026)).values
        for (field, iso) in dates {
            let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            terms["\(field.rawValue)-year"] = parts[0]
            terms["\(field.rawValue)-month"] = parts.count > 1 ? parts[1] : ""
            terms["\(field.rawValue)-day"] = parts.count > 2 ? parts[2] : ""
        }
        return TermDatesForm(values: terms)
    }

    private func errors(_ form: TermDatesForm) -> [String: String] {
        guard case .failure(let errors) = form.validate(academicYear: 2026) else { return [:] }
        return errors.messages
    }

    func testTermDatesValidationMessages() {
        XCTAssertEqual(errors(form([:])), [:], "the England defaults are valid")
        XCTAssertEqual(errors(form([.autumnStart: "--"])), ["autumnStart": "Enter the autumn term start date"])
        XCTAssertEqual(errors(form([.autumnEnd: "2026-12-"])), ["autumnEnd": "Autumn term end date must include a day"])
        XCTAssertEqual(errors(form([.springStart: "2027-02-30"])), ["springStart": "Spring term start date must be a real date"])
        XCTAssertEqual(errors(form([.springEnd: "27-03-25"])), ["springEnd": "Spring term end date must be a real date"])
        XCTAssertEqual(errors(form([.autumnStart: "2026-07-31"])),
                       ["autumnStart": "Autumn term start date must be between 1 August 2026 and 31 August 2027"])
        XCTAssertEqual(errors(form([.summerEnd: "2027-09-01"])),
                       ["summerEnd": "Summer term end date must be between 1 August 2026 and 31 August 2027"])
        XCTAssertEqual(errors(form([.autumnEnd: "2026-08-31"])), ["autumnEnd": "Autumn term end date must be after the start date"])
        XCTAssertEqual(errors(form([.springStart: "2026-12-18"])),
                       ["springStart": "Spring term start date must be after the autumn term end date"])
        XCTAssertEqual(errors(form([.summerStart: "2027-03-01"])),
                       ["summerStart": "Summer term start date must be after the spring term end date"])
    }

    func testStoredTermDatesOverrideTheDefaultsAndAreAudited() throws {
        let store = TermDatesStore()
        let terms = try form([.autumnEnd: "2026-12-11"]).validate(academicYear: 2026).get()
        XCTAssertNil(try database.read { try store.stored(academicYear: 2026, $0) })
        let changed = try SaveTermDates(store: inductionStore).save(terms, author: admin)
        XCTAssertEqual(changed, ["autumn_end"])
        let loaded = try database.read { try store.load($0) }
        XCTAssertEqual(loaded.year(2026).autumn.end.iso, "2026-12-11")
        XCTAssertEqual(loaded.year(2027), .englandDefault(academicYear: 2027), "other years keep the defaults")
        XCTAssertEqual(loaded.term(onOrAfter: CalendarDate(iso: "2026-12-14")!).name, .spring, "the holiday starts earlier")
        XCTAssertEqual(try database.read { try store.terms(academicYear: 2026, $0) }, terms)
        let result = try TermCalendar.compute(TermCalendarInput(startDate: CalendarDate(iso: "2026-09-01")!, termDates: loaded))
        XCTAssertEqual(result.terms.first?.end.iso, "2026-12-11", "the calendar uses the stored dates")

        let saved = try audit("term_dates.updated")
        XCTAssertEqual(saved.count, 1)
        XCTAssertEqual(try saved[0].string("detail"), "academic year 2026: changed: autumn_end")
        XCTAssertEqual(try saved[0].int("record_id"), 2026)

        let reset = ResetTermDates(store: inductionStore)
        XCTAssertTrue(try reset.reset(academicYear: 2026, author: admin))
        XCTAssertFalse(try reset.reset(academicYear: 2026, author: admin))
        XCTAssertEqual(try database.read { try store.load($0) }.year(2026), .englandDefault(academicYear: 2026))
        XCTAssertEqual(try audit("term_dates.reset").count, 1)
    }

    func testSchemaRefusesTermDatesOutOfOrderOrOutsideTheYear() throws {
        let insert = """
            INSERT INTO term_dates (academic_year, autumn_start, autumn_end, spring_start, spring_end, summer_start, summer_end,
                                    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-11-25T00:00:00Z')
            """
        let good = ["2026-09-01", "2026-12-18", "2027-01-04", "2027-03-25", "2027-04-12", "2027-07-22"]
        for (index, dates) in [
            ["2026-07-31"] + good.dropFirst(),
            [good[0], "2027-01-05"] + good.dropFirst(2),
            Array(good.dropLast()) + ["2027-09-01"],
            [good[0], "2026-02-30"] + good.dropFirst(2),
        ].enumerated() {
            XCTAssertThrowsError(try database.write { try $0.run(insert, [2026 as any SQLBindable] + dates.map { $0 as any SQLBindable }) }, "\(index)")
        }
        XCTAssertThrowsError(try database.write { try $0.run(insert, [1999 as any SQLBindable] + good.map { $0 as any SQLBindable }) })
        XCTAssertNoThrow(try database.write { try $0.run(insert, [2026 as any SQLBindable] + good.map { $0 as any SQLBindable }) })
    }
}
